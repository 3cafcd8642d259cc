import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { isLocalDate } from '../../shared/calendar.js';
import { assertId, badInput, DomainError, notFound } from '../../shared/errors.js';
import { decodeCursor, pageSize, toConnection } from '../../shared/pagination.js';
import type { Viewer } from '../../shared/viewer.js';
import { audit } from '../audit/audit.service.js';
import { User, UserKind } from '../identity/user.entity.js';
import { Supplier } from '../supplier/supplier.entity.js';
import { Consultation, Meeting, MeetingResponse } from './ethics.entities.js';

/** Buyers record consultations (the quiet periods) and meetings with their written topics. */
export interface ConsultationInput {
  reference: string;
  title: string;
  publishedOn: string;
  bidsDueOn?: string | null;
  awardedOn?: string | null;
  notifiedOn?: string | null;
  agentIds: string[];
  candidateSupplierIds: string[];
}

function checkDates(input: ConsultationInput) {
  const dates = [input.publishedOn, input.bidsDueOn, input.awardedOn, input.notifiedOn].filter((d): d is string => !!d);
  if (dates.some((d) => !isLocalDate(d))) throw badInput('Date invalide.', { field: 'publishedOn' });
  for (let i = 1; i < dates.length; i++) if (dates[i]! < dates[i - 1]!) throw badInput("Les dates doivent se suivre : publication, remise des offres, attribution, notification.", { field: 'notifiedOn' });
}

async function agents(em: EntityManager, ids: string[]) {
  const found = await em.find(User, { id: { $in: ids.map((id) => assertId(id, 'Agent')) }, kind: UserKind.AGENT }, { filters: { tenant: false } });
  if (found.length !== new Set(ids).size) throw badInput('Agent inconnu.', { field: 'agentIds' });
  return found.map((a) => em.getReference(User, a.id));
}

async function suppliers(em: EntityManager, ids: string[]) {
  const found = await em.find(Supplier, { id: { $in: ids.map((id) => assertId(id, 'Fournisseur')) } });
  if (found.length !== new Set(ids).size) throw badInput('Fournisseur inconnu.', { field: 'candidateSupplierIds' });
  return found;
}

/** Consultations, newest publication first (keyset on publishedOn, id). */
export async function listConsultations(em: EntityManager, first: number | null | undefined, after: string | null | undefined) {
  const size = pageSize(first);
  const total = await em.count(Consultation, {});
  let where: FilterQuery<Consultation> = {};
  if (after) {
    const [day, id] = decodeCursor(after, ['day', 'id']) as [string, string];
    where = { $or: [{ publishedOn: { $lt: day } }, { publishedOn: day, id: { $lt: id } }] };
  }
  const rows = await em.find(Consultation, where, { populate: ['agents', 'candidates'], orderBy: { publishedOn: 'desc', id: 'desc' }, limit: size + 1 });
  return toConnection(rows, size, total, (c) => [c.publishedOn, c.id]);
}

/** Meetings within the viewer's reach (tenant filter), most recent first (keyset on heldOn, id). */
export async function listMeetings(em: EntityManager, first: number | null | undefined, after: string | null | undefined) {
  const size = pageSize(first);
  const total = await em.count(Meeting, {});
  let where: FilterQuery<Meeting> = {};
  if (after) {
    const [day, id] = decodeCursor(after, ['day', 'id']) as [string, string];
    where = { $or: [{ heldOn: { $lt: day } }, { heldOn: day, id: { $lt: id } }] };
  }
  const rows = await em.find(Meeting, where, { populate: ['supplier', 'agents'], orderBy: { heldOn: 'desc', id: 'desc' }, limit: size + 1 });
  return toConnection(rows, size, total, (m) => [m.heldOn, m.id]);
}

export async function saveConsultation(em: EntityManager, viewer: Viewer, id: string | null, input: ConsultationInput): Promise<Consultation> {
  checkDates(input);
  if (!input.reference.trim() || !input.title.trim()) throw badInput('Référence et objet obligatoires.', { field: 'reference' });
  return em.transactional(async (tx) => {
    let c: Consultation | null = null;
    if (id) {
      c = await tx.findOne(Consultation, { id: assertId(id, 'Consultation') }, { populate: ['agents', 'candidates'] });
      if (!c) throw notFound('Consultation');
    } else if (await tx.count(Consultation, { reference: input.reference.trim() })) {
      throw new DomainError('CONFLICT', `La consultation ${input.reference} existe déjà.`);
    }
    const before = c ? { reference: c.reference, publishedOn: c.publishedOn, notifiedOn: c.notifiedOn, agents: c.agents.getItems().map((a) => a.id), candidates: c.candidates.getItems().map((s) => s.id) } : null;
    const data = { reference: input.reference.trim(), title: input.title.trim(), publishedOn: input.publishedOn, bidsDueOn: input.bidsDueOn ?? null, awardedOn: input.awardedOn ?? null, notifiedOn: input.notifiedOn ?? null };
    if (c) Object.assign(c, data);
    else tx.persist((c = tx.create(Consultation, data)));
    c.agents.set(await agents(tx, input.agentIds));
    c.candidates.set(await suppliers(tx, input.candidateSupplierIds));
    await tx.flush();
    await audit(tx, { actor: viewer.userId, action: id ? 'consultation.update' : 'consultation.create', entityType: 'consultation', entityId: c.id, before, after: { ...data, agents: input.agentIds, candidates: input.candidateSupplierIds } });
    return c;
  });
}

export interface MeetingInput {
  supplierId: string;
  heldOn: string;
  agentIds: string[];
  topics: string[];
}

export async function recordMeeting(em: EntityManager, viewer: Viewer, input: MeetingInput, today: string): Promise<Meeting> {
  if (!isLocalDate(input.heldOn) || input.heldOn > today) throw badInput('Date de rencontre invalide.', { field: 'heldOn' });
  const topics = input.topics.map((t) => t.trim()).filter(Boolean);
  if (!topics.length) throw badInput('La liste des sujets abordés est obligatoire.', { field: 'topics' });
  return em.transactional(async (tx) => {
    const [supplier] = await suppliers(tx, [input.supplierId]);
    const meeting = tx.create(Meeting, { supplier: supplier!, heldOn: input.heldOn, topics, writtenBy: tx.getReference(User, viewer.userId) });
    meeting.agents.set(await agents(tx, input.agentIds.length ? input.agentIds : [viewer.userId]));
    await tx.persistAndFlush(meeting);
    await audit(tx, { actor: viewer.userId, action: 'meeting.record', entityType: 'meeting', entityId: meeting.id, after: { supplierId: input.supplierId, heldOn: input.heldOn, topics } });
    return meeting;
  });
}

/** The supplier confirms the written topics or adds a remark (once). */
export async function respondToMeeting(em: EntityManager, viewer: Viewer, id: string, confirm: boolean, remark: string | null): Promise<Meeting> {
  const text = remark?.trim() || null;
  if (!confirm && !text) throw badInput('Écrivez votre remarque.', { field: 'remark' });
  return em.transactional(async (tx) => {
    const meeting = await tx.findOne(Meeting, { id: assertId(id, 'Rencontre') });
    if (!meeting) throw notFound('Rencontre');
    if (meeting.response !== MeetingResponse.PENDING) throw new DomainError('CONFLICT', 'Vous avez déjà répondu pour cette rencontre.');
    meeting.response = confirm ? MeetingResponse.CONFIRMED : MeetingResponse.REMARKED;
    meeting.remark = text;
    await tx.flush();
    await audit(tx, { actor: viewer.userId, action: 'meeting.respond', entityType: 'meeting', entityId: id, before: { response: MeetingResponse.PENDING }, after: { response: meeting.response, remark: text } });
    return meeting;
  });
}

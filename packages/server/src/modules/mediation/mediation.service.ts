import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { isLocalDate, parisDay, parisStartOf } from '../../shared/calendar.js';
import { assertId, badInput, DomainError, forbidden, notFound } from '../../shared/errors.js';
import { decodeCursor, pageSize, toConnection } from '../../shared/pagination.js';
import { Role } from '../../shared/roles.js';
import type { Viewer } from '../../shared/viewer.js';
import { audit } from '../audit/audit.service.js';
import { Contract } from '../contract/contract.entity.js';
import { Declaration } from '../ethics/ethics.entities.js';
import { User, UserKind } from '../identity/user.entity.js';
import { Invoice } from '../invoice/invoice.entity.js';
import { enqueueMail } from '../notification/outbox.service.js';
import { Supplier } from '../supplier/supplier.entity.js';
import { Dispute, DisputeMessage } from './mediation.entities.js';
import { mediatorDisputeLink, mediatorNoticeMail, supplierDisputeLink, supplierNoticeMail } from './mediation-mails.js';
import {
  canMove, canWrite, checkText, type DisputeActor, DisputeStatus, DisputeSubjectKind, daysToClose, firstAnswerAt, isClosedStatus,
} from './mediation-rules.js';

export interface OpenDispute {
  subjectKind: DisputeSubjectKind;
  subjectId: string;
  title: string;
  body: string;
}

export interface DisputeFilter {
  status?: DisputeStatus[] | null;
  subjectKind?: DisputeSubjectKind | null;
  openedBefore?: string | null;
  supplierId?: string | null;
}

const TEXT_PROBLEM = { REQUIRED: 'est obligatoire', TOO_LONG: 'est trop long' } as const;
function cleanText(field: 'title' | 'body', value: string): string {
  const problem = checkText(field, value);
  if (problem) throw badInput(`${field === 'title' ? "L'objet" : 'Le message'} ${TEXT_PROBLEM[problem]}.`, { field });
  return value.trim();
}

/** A supplier user acts as the supplier; an agent writes only as a mediator (auditors read). */
function actorOf(viewer: Viewer): DisputeActor {
  if (viewer.kind === 'SUPPLIER') return 'SUPPLIER';
  if (viewer.roles.includes(Role.MEDIATOR)) return 'MEDIATOR';
  throw forbidden();
}

/**
 * The subject is looked up through the request's filters: a supplier finds only its own invoices,
 * the contracts it holds and the declarations it may read; anything else is NOT_FOUND.
 */
async function subjectOf(em: EntityManager, kind: DisputeSubjectKind, id: string): Promise<{ label: string }> {
  switch (kind) {
    case DisputeSubjectKind.INVOICE: {
      const invoice = await em.findOne(Invoice, { id: assertId(id, 'Facture') });
      if (!invoice) throw notFound('Facture');
      return { label: invoice.number };
    }
    case DisputeSubjectKind.CONTRACT: {
      const contract = await em.findOne(Contract, { id: assertId(id, 'Marché') });
      if (!contract) throw notFound('Marché');
      return { label: `${contract.reference} — ${contract.title}`.slice(0, 300) };
    }
    case DisputeSubjectKind.DECLARATION: {
      const declaration = await em.findOne(Declaration, { id: assertId(id, 'Déclaration') });
      if (!declaration) throw notFound('Déclaration');
      return { label: `${declaration.kind} ${parisDay(declaration.createdAt)}` };
    }
  }
}

/** Every mediator not removed: addressees of a supplier's new dispute or message. */
async function mediatorEmails(em: EntityManager): Promise<string[]> {
  const agents = await em.find(User, { kind: UserKind.AGENT, removedAt: null }, { fields: ['email', 'roles'] });
  return agents.filter((a) => a.roles.includes(Role.MEDIATOR)).map((a) => a.email);
}

export async function openDispute(em: EntityManager, viewer: Viewer, input: OpenDispute, now: Date, publicUrl: string): Promise<Dispute> {
  if (viewer.kind !== 'SUPPLIER' || !viewer.supplierId) throw forbidden();
  const title = cleanText('title', input.title);
  const body = cleanText('body', input.body);
  return em.transactional(async (tx) => {
    const subject = await subjectOf(tx, input.subjectKind, input.subjectId);
    const supplier = tx.getReference(Supplier, viewer.supplierId!);
    const author = tx.getReference(User, viewer.userId);
    const dispute = tx.create(Dispute, {
      supplier, openedBy: author, subjectKind: input.subjectKind, subjectId: input.subjectId, subjectLabel: subject.label, title,
      openedOn: parisDay(now), createdAt: now, lastActivityAt: now,
    });
    const message = tx.create(DisputeMessage, { dispute, supplier, author, fromMediator: false, body, createdAt: now });
    await tx.flush();
    await audit(tx, {
      actor: viewer.userId, action: 'dispute.open', entityType: 'dispute', entityId: dispute.id,
      after: { subjectKind: dispute.subjectKind, subjectId: dispute.subjectId, title, status: dispute.status, messageId: message.id },
    });
    for (const to of await mediatorEmails(tx)) {
      await enqueueMail(tx, mediatorNoticeMail({ to, disputeId: dispute.id, messageId: null, link: mediatorDisputeLink(publicUrl, dispute.id) }));
    }
    return dispute;
  });
}

export async function getDispute(em: EntityManager, id: string): Promise<Dispute> {
  const d = await em.findOne(Dispute, { id: assertId(id, 'Médiation') }, { populate: ['supplier', 'openedBy'] });
  if (!d) throw notFound('Médiation');
  return d;
}

/** Messages of several disputes at once (the filters hide internal notes from a supplier). */
export async function messagesOf(em: EntityManager, disputeIds: readonly string[]): Promise<DisputeMessage[]> {
  return em.find(DisputeMessage, { dispute: { $in: [...disputeIds] } }, { populate: ['author'], orderBy: { createdAt: 'asc', id: 'asc' } });
}

async function notifyAfterWrite(tx: EntityManager, d: Dispute, message: DisputeMessage, actor: DisputeActor, publicUrl: string) {
  if (actor === 'SUPPLIER') {
    for (const to of await mediatorEmails(tx)) {
      await enqueueMail(tx, mediatorNoticeMail({ to, disputeId: d.id, messageId: message.id, link: mediatorDisputeLink(publicUrl, d.id) }));
    }
  } else if (!message.internal) {
    const opener = d.openedBy as User;
    if (!opener.removedAt) {
      await enqueueMail(tx, supplierNoticeMail({ to: opener.email, messageId: message.id, status: message.statusTo, link: supplierDisputeLink(publicUrl, d.id) }));
    }
  }
}

/** A supplier user or a mediator writes in the thread (a mediator may write an internal note). */
export async function postDisputeMessage(em: EntityManager, viewer: Viewer, id: string, body: string, internal: boolean, now: Date, publicUrl: string): Promise<Dispute> {
  const actor = actorOf(viewer);
  const text = cleanText('body', body);
  return em.transactional(async (tx) => {
    const d = await getDispute(tx, id);
    if (!canWrite(actor, d.status, internal)) {
      if (internal && actor !== 'MEDIATOR') throw forbidden();
      throw new DomainError('CONFLICT', 'Cette médiation est close : on ne peut plus y écrire.');
    }
    const message = tx.create(DisputeMessage, {
      dispute: d, supplier: d.supplier, author: tx.getReference(User, viewer.userId), fromMediator: actor === 'MEDIATOR', internal, body: text, createdAt: now,
    });
    d.firstAnswerAt = firstAnswerAt(d.firstAnswerAt, actor, internal, now);
    d.lastActivityAt = now;
    await tx.flush();
    await audit(tx, { actor: viewer.userId, action: internal ? 'dispute.note' : 'dispute.message', entityType: 'dispute', entityId: d.id, after: { messageId: message.id, fromMediator: message.fromMediator, internal } });
    await notifyAfterWrite(tx, d, message, actor, publicUrl);
    return d;
  });
}

async function move(em: EntityManager, viewer: Viewer, actor: DisputeActor, id: string, status: DisputeStatus, comment: string | null, now: Date, publicUrl: string): Promise<Dispute> {
  const text = comment?.trim() ?? '';
  if (text.length > 10_000) throw badInput('Le commentaire est trop long.', { field: 'comment' });
  return em.transactional(async (tx) => {
    const d = await getDispute(tx, id);
    const from = d.status as DisputeStatus;
    if (!canMove(actor, from, status)) throw new DomainError('CONFLICT', `Une médiation « ${from} » ne peut pas passer à « ${status} ».`);
    d.status = status;
    d.lastActivityAt = now;
    d.firstAnswerAt = firstAnswerAt(d.firstAnswerAt, actor, false, now);
    if (isClosedStatus(status)) {
      d.closedAt = now;
      d.closedOn = parisDay(now);
      d.daysToClose = daysToClose(d.openedOn, d.closedOn);
    }
    const message = tx.create(DisputeMessage, {
      dispute: d, supplier: d.supplier, author: tx.getReference(User, viewer.userId), fromMediator: actor === 'MEDIATOR', body: text, statusFrom: from, statusTo: status, createdAt: now,
    });
    await tx.flush();
    await audit(tx, { actor: viewer.userId, action: 'dispute.status', entityType: 'dispute', entityId: d.id, before: { status: from }, after: { status, messageId: message.id } });
    await notifyAfterWrite(tx, d, message, actor, publicUrl);
    return d;
  });
}

/** The mediator takes a dispute up or closes it, with a comment the supplier reads. */
export async function setDisputeStatus(em: EntityManager, viewer: Viewer, id: string, status: DisputeStatus, comment: string | null, now: Date, publicUrl: string) {
  if (actorOf(viewer) !== 'MEDIATOR') throw forbidden();
  return move(em, viewer, 'MEDIATOR', id, status, comment, now, publicUrl);
}

/** A user of the supplier withdraws its dispute. */
export async function withdrawDispute(em: EntityManager, viewer: Viewer, id: string, comment: string | null, now: Date, publicUrl: string) {
  if (actorOf(viewer) !== 'SUPPLIER') throw forbidden();
  return move(em, viewer, 'SUPPLIER', id, DisputeStatus.WITHDRAWN, comment, now, publicUrl);
}

/** Newest first with keyset cursors; the supplier's reach goes through the tenant filter. */
export async function listDisputes(em: EntityManager, filter: DisputeFilter | undefined | null, first: number | null | undefined, after: string | null | undefined) {
  const size = pageSize(first);
  const and: FilterQuery<Dispute>[] = [];
  if (filter?.status?.length) and.push({ status: { $in: filter.status } });
  if (filter?.subjectKind) and.push({ subjectKind: filter.subjectKind });
  if (filter?.supplierId) and.push({ supplier: assertId(filter.supplierId, 'Fournisseur') });
  if (filter?.openedBefore) {
    if (!isLocalDate(filter.openedBefore)) throw badInput('Date invalide.', { field: 'openedBefore' });
    and.push({ createdAt: { $lt: parisStartOf(filter.openedBefore) } });
  }
  const where = (extra: FilterQuery<Dispute>[] = []): FilterQuery<Dispute> => (and.length + extra.length ? { $and: [...and, ...extra] } : {});
  const total = await em.count(Dispute, where());
  const keyset: FilterQuery<Dispute>[] = [];
  if (after) {
    const [ts, id] = decodeCursor(after, ['time', 'id']) as [number, string];
    if (typeof ts !== 'number' || typeof id !== 'string') throw badInput('Curseur de pagination invalide.', { field: 'after' });
    keyset.push({ $or: [{ createdAt: { $lt: new Date(ts) } }, { createdAt: new Date(ts), id: { $lt: id } }] });
  }
  const rows = await em.find(Dispute, where(keyset), { orderBy: { createdAt: 'desc', id: 'desc' }, limit: size + 1, populate: ['supplier', 'openedBy'] });
  return toConnection(rows, size, total, (d) => [d.createdAt.getTime(), d.id]);
}

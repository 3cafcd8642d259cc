import { type EntityManager, type FilterQuery, raw } from '@mikro-orm/core';
import { isLocalDate, type LocalDate, parisStartOf } from '../../shared/calendar.js';
import { assertId, badInput, DomainError, notFound } from '../../shared/errors.js';
import { decodeCursor, pageSize, toConnection } from '../../shared/pagination.js';
import type { Viewer } from '../../shared/viewer.js';
import { audit } from '../audit/audit.service.js';
import { User, UserKind } from '../identity/user.entity.js';
import { enqueueMail } from '../notification/outbox.service.js';
import { Supplier } from '../supplier/supplier.entity.js';
import {
  beneficiaryKey, checkDeclaration, type ConsultationWindow, DeclarationFlag, type DeclarationInput, DeclarationKind, declarationProblems, type RuleOutcome, type ValueDeclaration,
} from './ethics-rules.js';
import { Consultation, Declaration, DeclarationComment, DeclarationStatus, EthicsThreshold } from './ethics.entities.js';
import { attach, checkedUploads } from './declaration-attachments.js';
import { declarationReviewedMail } from './ethics-mails.js';

export type { DeclarationInput };

/**
 * Declarations: checked live while the supplier fills the form (the same rules as at submission),
 * filed once and never edited (a correction is an amendment), reviewed by the ethics officer.
 */

/** The facts the rules need: the company's earlier gifts (all its establishments), thresholds, consultations. */
async function ruleFacts(em: EntityManager, supplier: Supplier, excludeId: string | null) {
  // Across the company's establishments (other tenants): read explicitly without the tenant filter,
  // in the caller's transaction; only totals come out of here.
  // (a new options object each time: MikroORM writes into the one it is given)
  const across = () => ({ filters: { tenant: false } });
  const siblings = supplier.siren ? await em.find(Supplier, { siren: supplier.siren }, { fields: ['id'], ...across() }) : [supplier];
  const declarations = await em.find(
    Declaration,
    { supplier: { $in: siblings.map((s) => s.id) }, kind: { $in: [DeclarationKind.GIFT, DeclarationKind.INVITATION] } },
    across(),
  );
  const amended = new Set(declarations.map((d) => d.amends?.id).filter(Boolean));
  if (excludeId) amended.add(excludeId);
  const earlier: ValueDeclaration[] = declarations
    .filter((d) => !amended.has(d.id) && d.eventOn && d.valueCents !== null)
    .map((d) => ({ on: d.eventOn!, valueCents: d.valueCents!, beneficiaryKey: beneficiaryKey({ beneficiaryAgentId: d.beneficiaryAgent?.id, beneficiaryDepartment: d.beneficiaryDepartment, beneficiaryName: d.beneficiaryName })! }));
  const thresholds = (await em.find(EthicsThreshold, {})).map((t) => ({ valueCents: t.valueCents, effectiveFrom: t.effectiveFrom }));
  const consultations: ConsultationWindow[] = (await em.find(Consultation, { candidates: supplier.id }, { populate: ['agents'], ...across() })).map((c) => ({
    id: c.id, reference: c.reference, publishedOn: c.publishedOn, notifiedOn: c.notifiedOn, agentIds: c.agents.getItems().map((a) => a.id),
  }));
  return { earlier, thresholds, consultations };
}

async function ownSupplier(em: EntityManager, viewer: Viewer): Promise<Supplier> {
  return em.findOneOrFail(Supplier, { id: viewer.supplierId! });
}

async function checkAgent(em: EntityManager, id: string | null | undefined) {
  if (!id) return;
  assertId(id, 'Agent');
  if (!(await em.count(User, { id, kind: UserKind.AGENT, removedAt: null }, { filters: { tenant: false } }))) throw badInput("Cet agent n'existe pas dans l'annuaire.", { field: 'beneficiaryAgentId' });
}

/** The live check of a form being filled: the problems and the flags it would get, with the running total. */
export async function checkDraft(em: EntityManager, viewer: Viewer, input: DeclarationInput, today: LocalDate): Promise<RuleOutcome & { problems: { field: string; problem: string }[] }> {
  const supplier = await ownSupplier(em, viewer);
  const problems = declarationProblems(input, today);
  const facts = await ruleFacts(em, supplier, input.amendsId ?? null);
  const outcome = checkDeclaration(
    { kind: input.kind, on: input.eventOn && isLocalDate(input.eventOn) ? input.eventOn : null, valueCents: input.valueCents ?? null, beneficiaryKey: beneficiaryKey(input), agentId: input.beneficiaryAgentId ?? null },
    { ...facts, today },
  );
  return { ...outcome, problems };
}

export async function fileDeclaration(
  em: EntityManager, viewer: Viewer, input: DeclarationInput, today: LocalDate, attachmentUploadIds: readonly string[] = [],
): Promise<Declaration> {
  const problems = declarationProblems(input, today);
  if (problems.length) throw badInput(problems.map((p) => p.problem).join(' '), { fields: problems });
  await checkAgent(em, input.beneficiaryAgentId);
  const files = await checkedUploads(viewer.userId, attachmentUploadIds);
  return em.transactional(async (tx) => {
    const supplier = await ownSupplier(tx, viewer);
    let amends: Declaration | null = null;
    if (input.amendsId) {
      amends = await tx.findOne(Declaration, { id: assertId(input.amendsId, 'Déclaration'), supplier: supplier.id });
      if (!amends) throw notFound('Déclaration');
      if (amends.kind !== input.kind) throw badInput('Un rectificatif garde le type de la déclaration.', { field: 'kind' });
    }
    const facts = await ruleFacts(tx, supplier, amends?.id ?? null);
    const outcome = checkDeclaration(
      { kind: input.kind, on: input.eventOn ?? null, valueCents: input.valueCents ?? null, beneficiaryKey: beneficiaryKey(input), agentId: input.beneficiaryAgentId ?? null },
      { ...facts, today },
    );
    const details = Object.fromEntries(
      (['what', 'occasion', 'place', 'nature', 'description'] as const).filter((k) => input[k]?.trim()).map((k) => [k, input[k]!.trim()]),
    );
    const declaration = tx.create(Declaration, {
      supplier,
      author: tx.getReference(User, viewer.userId),
      kind: input.kind,
      anonymous: input.anonymous ?? false,
      eventOn: input.eventOn ?? null,
      valueCents: input.valueCents ?? null,
      beneficiaryAgent: input.beneficiaryAgentId ? tx.getReference(User, input.beneficiaryAgentId) : null,
      beneficiaryDepartment: input.beneficiaryDepartment?.trim() || null,
      beneficiaryName: input.beneficiaryName?.trim() || null,
      details,
      amends,
      flags: outcome.flags,
      capCents: outcome.cap?.capCents ?? null,
      runningTotalCents: outcome.cap?.runningTotalCents ?? null,
      flagConsultations: outcome.consultations,
    });
    tx.persist(declaration);
    attach(tx, declaration, files);
    await tx.flush();
    // A whistleblower report: the log records that it exists, never its content or author.
    const confidential = input.kind === DeclarationKind.ANTI_COMPETITIVE_PRACTICE;
    await audit(tx, {
      actor: confidential ? 'confidential' : viewer.userId,
      action: 'declaration.submit',
      entityType: 'declaration',
      entityId: declaration.id,
      after: confidential
        ? { kind: input.kind }
        : {
            kind: input.kind, supplierId: supplier.id, eventOn: input.eventOn ?? null, valueCents: input.valueCents ?? null, beneficiaryAgentId: input.beneficiaryAgentId ?? null,
            flags: outcome.flags, amends: amends?.id ?? null, attachments: files.map((f) => ({ name: f.name, bytes: f.content.length, sha256: f.sha256 })),
          },
    });
    return declaration;
  });
}

export interface DeclarationFilter {
  kind?: DeclarationKind;
  status?: DeclarationStatus;
  flagged?: boolean;
  flag?: DeclarationFlag;
  submittedBefore?: string;
  supplierId?: string;
}

/** The flags column as text on both dialects (JSON text in SQLite, jsonb in PostgreSQL). */
const flagsText = (em: EntityManager) => raw((alias) => (em.getPlatform().constructor.name.startsWith('PostgreSql') ? `${alias}.flags::text` : `${alias}.flags`));

/** The filter's conditions (built afresh for each query: a raw fragment is used once). */
function declarationConditions(em: EntityManager, viewer: Viewer, filter: DeclarationFilter | undefined): FilterQuery<Declaration>[] {
  const and: FilterQuery<Declaration>[] = [];
  if (filter?.kind) and.push({ kind: filter.kind });
  if (filter?.status) and.push({ status: filter.status });
  if (filter?.supplierId) {
    // A supplier's history never lists its anonymous reports (that would name their company), except to their author.
    and.push({ supplier: assertId(filter.supplierId, 'Fournisseur') }, { $or: [{ anonymous: false }, { author: viewer.userId }] });
  }
  if (filter?.submittedBefore) {
    if (!isLocalDate(filter.submittedBefore)) throw badInput('Date invalide.', { field: 'submittedBefore' });
    and.push({ createdAt: { $lt: parisStartOf(filter.submittedBefore) } });
  }
  // Flags are stored as a JSON list of enum names: an empty list is '[]', a flag appears quoted.
  if (filter?.flagged !== undefined) and.push({ [flagsText(em)]: filter.flagged ? { $ne: '[]' } : '[]' } as FilterQuery<Declaration>);
  if (filter?.flag) and.push({ [flagsText(em)]: { $like: `%"${filter.flag}"%` } } as FilterQuery<Declaration>);
  return and;
}

/** The viewer's reach goes through the filters (supplier, confidentiality); newest first, keyset cursors; all in SQL. */
export async function listDeclarations(
  em: EntityManager, viewer: Viewer, filter: DeclarationFilter | undefined, first: number | null | undefined, after: string | null | undefined,
) {
  const size = pageSize(first);
  const where = (extra: FilterQuery<Declaration>[] = []): FilterQuery<Declaration> => {
    const and = [...declarationConditions(em, viewer, filter), ...extra];
    return and.length ? { $and: and } : {};
  };
  const total = await em.count(Declaration, where());
  const keyset: FilterQuery<Declaration>[] = [];
  if (after) {
    const [ts, id] = decodeCursor(after, ['time', 'id']) as [number, string];
    keyset.push({ $or: [{ createdAt: { $lt: new Date(ts) } }, { createdAt: new Date(ts), id: { $lt: id } }] });
  }
  const rows = await em.find(Declaration, where(keyset), {
    orderBy: { createdAt: 'desc', id: 'desc' }, limit: size + 1, populate: ['supplier', 'author', 'beneficiaryAgent'],
  });
  return toConnection(rows, size, total, (d) => [d.createdAt.getTime(), d.id]);
}

export async function getDeclaration(em: EntityManager, id: string): Promise<Declaration> {
  const d = await em.findOne(Declaration, { id: assertId(id, 'Déclaration') }, { populate: ['supplier', 'author', 'beneficiaryAgent'] });
  if (!d) throw notFound('Déclaration');
  return d;
}

const NEXT: Record<DeclarationStatus, DeclarationStatus[]> = {
  SUBMITTED: [DeclarationStatus.UNDER_REVIEW, DeclarationStatus.ACKNOWLEDGED, DeclarationStatus.ACTION_REQUIRED, DeclarationStatus.REFUSED],
  UNDER_REVIEW: [DeclarationStatus.ACKNOWLEDGED, DeclarationStatus.ACTION_REQUIRED, DeclarationStatus.REFUSED],
  ACKNOWLEDGED: [DeclarationStatus.CLOSED],
  ACTION_REQUIRED: [DeclarationStatus.UNDER_REVIEW, DeclarationStatus.CLOSED],
  REFUSED: [DeclarationStatus.CLOSED],
  CLOSED: [],
};

/** The officer moves a declaration on, with a comment the supplier reads; its author gets an e-mail. */
export async function reviewDeclaration(em: EntityManager, viewer: Viewer, id: string, status: DeclarationStatus, comment: string | null): Promise<Declaration> {
  const text = comment?.trim() || null;
  if (!text && (status === DeclarationStatus.ACTION_REQUIRED || status === DeclarationStatus.REFUSED)) throw badInput('Un commentaire est obligatoire pour cette décision.', { field: 'comment' });
  return em.transactional(async (tx) => {
    const d = await getDeclaration(tx, id);
    if (!NEXT[d.status as DeclarationStatus].includes(status)) throw new DomainError('CONFLICT', `Une déclaration « ${d.status} » ne peut pas passer à « ${status} ».`);
    const from = d.status;
    d.status = status;
    tx.persist(tx.create(DeclarationComment, { declaration: d, supplier: d.supplier, author: tx.getReference(User, viewer.userId), body: text ?? '', statusFrom: from, statusTo: status }));
    await tx.flush();
    const confidential = d.kind === DeclarationKind.ANTI_COMPETITIVE_PRACTICE;
    await audit(tx, { actor: viewer.userId, action: 'declaration.review', entityType: 'declaration', entityId: d.id, before: { status: from }, after: confidential ? { status } : { status, comment: text } });
    await enqueueMail(tx, declarationReviewedMail({ to: d.author.email, declarationId: d.id, commentId: `${d.id}:${status}`, kind: d.kind, status }));
    return d;
  });
}

export async function commentsOf(em: EntityManager, declarationId: string): Promise<DeclarationComment[]> {
  return em.find(DeclarationComment, { declaration: declarationId }, { populate: ['author'], orderBy: { createdAt: 'asc' } });
}

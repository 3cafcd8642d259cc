import type { EntityManager } from '@mikro-orm/core';
import { assertId, badInput, DomainError, notFound } from '../../shared/errors.js';
import { decodeCursor, pageSize, toConnection } from '../../shared/pagination.js';
import { Role } from '../../shared/roles.js';
import { audit } from '../audit/audit.service.js';
import { issueSetPasswordToken } from '../identity/invitation.service.js';
import { hit } from '../identity/rate-limit.js';
import type { ClientInfo } from '../identity/session.service.js';
import { hashSecret } from '../identity/tokens.js';
import { User } from '../identity/user.entity.js';
import { createSupplierUser } from '../identity/user.service.js';
import { enqueueMails, sqlOf } from '../notification/outbox.service.js';
import { invitationMail } from '../notification/templates.js';
import { Supplier } from '../supplier/supplier.entity.js';
import { accessRefusedMail, colleagueInvitedNotice } from './access-mails.js';
import { AccessRequest, AccessRequestStatus } from './access-request.entity.js';
import { ACCESS_REQUEST_LIMITS, type AccessRequestInput, checkAccessRequest, checkRefusalReason } from './access-rules.js';

const TOO_MANY = 'Trop de demandes envoyées. Réessayez plus tard.';

/**
 * The public form: anyone may ask, rate-limited per client address and per e-mail. The answer is
 * the same whether the SIRET belongs to a known supplier or not (only its Luhn key is checked), and
 * a repeated pending request is not stored twice. Audited without personal data beyond the SIRET.
 */
export async function requestAccess(em: EntityManager, input: AccessRequestInput, client: ClientInfo): Promise<void> {
  if ((await hit(em, `access-request:address:${client.ip ?? 'unknown'}`, ACCESS_REQUEST_LIMITS.perAddress)) > ACCESS_REQUEST_LIMITS.perAddress.max) {
    throw new DomainError('RATE_LIMITED', TOO_MANY);
  }
  const values = checkAccessRequest(input);
  if ((await hit(em, `access-request:email:${hashSecret(values.email)}`, ACCESS_REQUEST_LIMITS.perEmail)) > ACCESS_REQUEST_LIMITS.perEmail.max) {
    throw new DomainError('RATE_LIMITED', TOO_MANY);
  }
  await em.transactional(async (tx) => {
    const pending = await tx.count(AccessRequest, { siret: values.siret, email: values.email, status: AccessRequestStatus.PENDING });
    if (pending) return;
    const request = tx.create(AccessRequest, values);
    await tx.flush();
    await audit(tx, { actor: 'public', action: 'access-request.create', entityType: 'access_request', entityId: request.id, after: { siret: values.siret } });
  });
}

export interface AccessRequestRow {
  id: string;
  createdAt: Date;
  siret: string;
  requesterName: string;
  email: string;
  roleInCompany: string;
  message: string | null;
  status: AccessRequestStatus;
  decidedAt: Date | null;
  refusalReason: string | null;
  invitedAsOwner: boolean | null;
  supplierName: string | null;
  supplierHasOwner: boolean;
}

/** Administrators' list, newest first (keyset on creation time and id), with the supplier each SIRET names, in three statements. */
export async function listAccessRequests(em: EntityManager, args: { status?: AccessRequestStatus | null; first?: number | null; after?: string | null }) {
  const size = pageSize(args.first);
  const where = args.status ? { status: args.status } : {};
  const total = await em.count(AccessRequest, where);
  const and: object[] = [where];
  if (args.after) {
    const [at, id] = decodeCursor(args.after, ['string', 'id']) as [string, string];
    const date = new Date(at);
    if (Number.isNaN(date.getTime())) throw badInput('Curseur de pagination invalide.', { field: 'after' });
    and.push({ $or: [{ createdAt: { $lt: date } }, { createdAt: date, id: { $lt: id } }] });
  }
  const rows = await em.find(AccessRequest, { $and: and }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: size + 1 });
  return toConnection(await withSuppliers(em, rows), size, total, (n) => [n.createdAt.toISOString(), n.id]);
}

/** One request as the API shows it. */
export async function accessRequestNode(em: EntityManager, id: string): Promise<AccessRequestRow> {
  const request = await em.findOne(AccessRequest, { id: assertId(id, "Demande d'accès") });
  if (!request) throw notFound("Demande d'accès");
  return (await withSuppliers(em, [request]))[0]!;
}

/** Adds the supplier each SIRET names and whether it has an owner: two statements for any number of requests. */
async function withSuppliers(em: EntityManager, rows: AccessRequest[]): Promise<AccessRequestRow[]> {
  const sirets = [...new Set(rows.map((r) => r.siret))];
  const suppliers = sirets.length ? await em.find(Supplier, { siret: { $in: sirets } }, { fields: ['id', 'siret', 'legalName'] }) : [];
  const owners = await suppliersWithOwner(em, suppliers.map((s) => s.id));
  const bySiret = new Map(suppliers.map((s) => [s.siret!, s]));
  return rows.map((r) => {
    const s = bySiret.get(r.siret);
    return {
      id: r.id, createdAt: r.createdAt, siret: r.siret, requesterName: r.requesterName, email: r.email, roleInCompany: r.roleInCompany, message: r.message,
      status: r.status, decidedAt: r.decidedAt, refusalReason: r.refusalReason, invitedAsOwner: r.invitedAsOwner,
      supplierName: s?.legalName ?? null, supplierHasOwner: !!s && owners.has(s.id),
    };
  });
}

async function suppliersWithOwner(em: EntityManager, supplierIds: string[]): Promise<Set<string>> {
  if (!supplierIds.length) return new Set();
  const users = await em.find(User, { supplier: { $in: supplierIds }, removedAt: null }, { fields: ['roles', 'supplier'], filters: { tenant: false } });
  return new Set(users.filter((u) => u.roles.includes(Role.SUPPLIER_OWNER)).map((u) => u.supplier!.id));
}

async function pendingRequest(tx: EntityManager, id: string): Promise<AccessRequest> {
  const request = await tx.findOne(AccessRequest, { id: assertId(id, "Demande d'accès") });
  if (!request) throw notFound("Demande d'accès");
  if (request.status !== AccessRequestStatus.PENDING) throw new DomainError('CONFLICT', 'Cette demande a déjà été traitée.');
  return request;
}

/**
 * Approves a request: the requester is invited as the supplier's owner when it has none, otherwise
 * as a member, and the current owners are told. `em` must be internal (an administrator's).
 */
export async function approveAccessRequest(em: EntityManager, actorId: string, id: string, publicUrl: string, now = new Date()): Promise<AccessRequest> {
  return em.transactional(async (tx) => {
    const request = await pendingRequest(tx, id);
    const supplier = await tx.findOne(Supplier, { siret: request.siret });
    if (!supplier) throw badInput(`Aucun fournisseur ne porte le SIRET ${request.siret} : importez le fichier des fournisseurs ou créez-le avant d'accepter la demande.`);
    const owners = (await tx.find(User, { supplier, removedAt: null })).filter((u) => u.roles.includes(Role.SUPPLIER_OWNER));
    const inviter = await tx.findOneOrFail(User, { id: actorId });
    const user = await createSupplierUser(tx, { supplier, email: request.email, password: null, owner: owners.length === 0, displayName: request.requesterName, invitedBy: inviter });
    const { secret, expiresAt, tokenId } = await issueSetPasswordToken(tx, user, now);
    Object.assign(request, { status: AccessRequestStatus.APPROVED, decidedAt: now, decidedBy: actorId, invitedAsOwner: owners.length === 0 });
    await tx.flush();
    await enqueueMails(sqlOf(tx), [
      invitationMail({ to: user.email, userId: user.id, tokenId, supplierName: supplier.legalName, inviterName: null, link: `${publicUrl}/invitation/${secret}`, expiresAt }),
      ...owners.map((o) =>
        colleagueInvitedNotice({ requestId: request.id, to: o.email, supplierName: supplier.legalName, requesterName: request.requesterName, requesterEmail: request.email, roleInCompany: request.roleInCompany }),
      ),
    ]);
    await audit(tx, {
      actor: actorId,
      action: 'access-request.approve',
      entityType: 'access_request',
      entityId: request.id,
      after: { supplierId: supplier.id, userId: user.id, roles: user.roles },
    });
    return request;
  });
}

/** Refuses a request with a reason, e-mailed to the requester. */
export async function refuseAccessRequest(em: EntityManager, actorId: string, id: string, rawReason: string, now = new Date()): Promise<AccessRequest> {
  const reason = checkRefusalReason(rawReason);
  return em.transactional(async (tx) => {
    const request = await pendingRequest(tx, id);
    Object.assign(request, { status: AccessRequestStatus.REFUSED, decidedAt: now, decidedBy: actorId, refusalReason: reason });
    await tx.flush();
    await enqueueMails(sqlOf(tx), [accessRefusedMail({ requestId: request.id, to: request.email, siret: request.siret, reason })]);
    await audit(tx, { actor: actorId, action: 'access-request.refuse', entityType: 'access_request', entityId: request.id, after: { status: request.status } });
    return request;
  });
}

import type { EntityManager } from '@mikro-orm/core';
import { assertId, badInput, notFound } from '../../shared/errors.js';
import { audit } from '../audit/audit.service.js';
import type { Viewer } from '../../shared/viewer.js';
import { issueSetPasswordToken } from '../identity/invitation.service.js';
import { revokeAllSessions } from '../identity/session.service.js';
import { User } from '../identity/user.entity.js';
import { createSupplierUser } from '../identity/user.service.js';
import { enqueueMail } from '../notification/outbox.service.js';
import { invitationMail } from '../notification/templates.js';
import { getSupplier } from './supplier.service.js';

/**
 * A supplier owner manages the company's users. Everything runs through the tenant-filtered
 * EntityManager: a user of another supplier is not found.
 */
export async function inviteColleague(
  em: EntityManager,
  viewer: Viewer,
  input: { email: string; displayName: string; owner: boolean },
  publicUrl: string,
): Promise<User> {
  return em.transactional(async (tx) => {
    const supplier = await getSupplier(tx, viewer.supplierId!);
    const inviter = await tx.findOneOrFail(User, { id: viewer.userId });
    const user = await createSupplierUser(tx, { supplier, email: input.email, password: null, owner: input.owner, displayName: input.displayName, invitedBy: inviter });
    await sendInvitation(tx, user, supplier.legalName, inviter.displayName, publicUrl);
    await audit(tx, { actor: viewer.userId, action: 'supplier.user.invite', entityType: 'user', entityId: user.id, after: { supplierId: supplier.id, roles: user.roles } });
    return user;
  });
}

/** A new link for a colleague who has not signed up yet (the earlier link stops working). */
export async function resendInvitation(em: EntityManager, viewer: Viewer, userId: string, publicUrl: string): Promise<User> {
  return em.transactional(async (tx) => {
    const user = await tx.findOne(User, { id: assertId(userId, 'Utilisateur'), supplier: viewer.supplierId, removedAt: null }, { populate: ['passwordHash', 'supplier'] });
    if (!user) throw notFound('Utilisateur');
    if (user.passwordHash) throw badInput('Cette personne a déjà choisi son mot de passe.');
    const inviter = await tx.findOneOrFail(User, { id: viewer.userId });
    await sendInvitation(tx, user, user.supplier!.legalName, inviter.displayName, publicUrl);
    return user;
  });
}

async function sendInvitation(em: EntityManager, user: User, supplierName: string, inviterName: string, publicUrl: string) {
  const { secret, expiresAt, tokenId } = await issueSetPasswordToken(em, user);
  await em.flush();
  await enqueueMail(
    em,
    invitationMail({
      to: user.email,
      userId: user.id,
      tokenId,
      supplierName,
      inviterName,
      link: `${publicUrl}/invitation/${secret}`,
      expiresAt,
    }),
  );
}

/** Removes a colleague (never oneself, so an owner always remains): they can no longer sign in, their sessions end, their past actions stay theirs. */
export async function removeColleague(em: EntityManager, viewer: Viewer, userId: string): Promise<void> {
  await em.transactional(async (tx) => {
    const user = await tx.findOne(User, { id: assertId(userId, 'Utilisateur'), supplier: viewer.supplierId, removedAt: null });
    if (!user) throw notFound('Utilisateur');
    if (user.id === viewer.userId) throw badInput('Vous ne pouvez pas vous retirer vous-même.');
    user.removedAt = new Date();
    await revokeAllSessions(tx, user.id);
    await tx.flush();
    await audit(tx, { actor: viewer.userId, action: 'supplier.user.remove', entityType: 'user', entityId: user.id, before: { supplierId: viewer.supplierId, roles: user.roles } });
  });
}

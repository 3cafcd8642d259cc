import type { EntityManager } from '@mikro-orm/core';
import { audit } from '../audit/audit.service.js';
import { User } from '../identity/user.entity.js';

/** When the user acknowledged the personal-data notice; null until then (the app shows it). */
export async function privacyNoticeSeenAt(em: EntityManager, userId: string): Promise<Date | null> {
  const user = await em.findOne(User, { id: userId }, { fields: ['privacyNoticeSeenAt'], filters: false });
  return user?.privacyNoticeSeenAt ?? null;
}

/** Records that the user saw the notice (the first time only: acknowledging again changes nothing). */
export async function acknowledgePrivacyNotice(em: EntityManager, userId: string, now = new Date()): Promise<Date> {
  return em.transactional(async (tx) => {
    const user = await tx.findOneOrFail(User, { id: userId }, { filters: false });
    if (user.privacyNoticeSeenAt) return user.privacyNoticeSeenAt;
    user.privacyNoticeSeenAt = now;
    await tx.flush();
    await audit(tx, { actor: userId, action: 'privacy.notice.acknowledge', entityType: 'user', entityId: userId, after: { privacyNoticeSeenAt: now.toISOString() } });
    return now;
  });
}

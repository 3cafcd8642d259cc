import type { Knex } from '@mikro-orm/knex';
import { DisputeStatus, isClosedStatus } from '../mediation/mediation-rules.js';
import type { PurgeCounts } from './purge.service.js';
import type { RetentionCutoffs } from './retention-rules.js';

/** One kind of data the purge removes or anonymises. */
export interface Kind {
  key: keyof PurgeCounts;
  /** The ids concerned (read in the kind's transaction). */
  select(q: Knex.Transaction, c: RetentionCutoffs): Promise<string[]>;
  /** Removes or anonymises those ids. */
  apply(q: Knex.Transaction, ids: string[], now: Date): Promise<void>;
  /** Whether the ids go into the audit event (audited entities: ids only, never their content). */
  audited?: boolean;
}

const CHUNK = 500;
export const chunks = <T>(list: T[]): T[][] => Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));
export const ids = (rows: { id: unknown }[]) => rows.map((r) => String(r.id));

export const deleteById = (table: string) => async (q: Knex.Transaction, list: string[]) => {
  for (const part of chunks(list)) await q(table).whereIn('id', part).delete();
};

/** What an anonymised dispute shows in place of the supplier's subject line. */
export const ANONYMISED_DISPUTE_TITLE = 'Litige clos (contenu effacé)';
const CLOSED_DISPUTE = Object.values(DisputeStatus).filter(isClosedStatus);

/** Users removed before a cut-off. */
const removedBefore = (q: Knex.Transaction, cutoff: Date) => q('user_account').select('id').whereNotNull('removed_at').where('removed_at', '<', cutoff);

/**
 * The kinds added with the modules that came after the first purge: credentials of removed users
 * and expired tokens (as sessions: `sessionDays`), access requests, disputes.
 */
export const LATER_KINDS: Kind[] = [
  {
    key: 'apiTokensDeleted',
    select: async (q, c) =>
      ids(await q('api_token').select('id').where((w) => w.where('expires_at', '<', c.sessionDays).orWhere('revoked_at', '<', c.sessionDays)
        .orWhereIn('user_id', removedBefore(q, c.sessionDays)))),
    apply: deleteById('api_token'),
  },
  {
    key: 'secondFactorsErased',
    audited: true,
    select: async (q, c) =>
      ids(await removedBefore(q, c.sessionDays)
        .where((w) => w.whereNotNull('totp_secret').orWhereNotNull('totp_enabled_at').orWhereIn('id', q('mfa_recovery_code').select('user_id')))),
    apply: async (q, list, now) => {
      for (const part of chunks(list)) {
        await q('mfa_recovery_code').whereIn('user_id', part).delete();
        await q('user_account').whereIn('id', part).update({ totp_secret: null, totp_enabled_at: null, updated_at: now });
      }
    },
  },
  {
    key: 'accessRequestsDeleted',
    audited: true,
    select: async (q, c) =>
      ids(await q('access_request').select('id').where((w) => w.where('decided_at', '<', c.accessRequestDays)
        .orWhere((p) => p.where('status', 'PENDING').where('created_at', '<', c.accessRequestDays)))),
    apply: deleteById('access_request'),
  },
  {
    key: 'disputesAnonymised',
    audited: true,
    select: async (q, c) =>
      ids(await q('dispute').select('id').whereIn('status', CLOSED_DISPUTE).whereNotNull('closed_at').where('closed_at', '<', c.disputeDays)
        // Already anonymised ones (an earlier run) are not counted again.
        .where((w) => w.whereNot('title', ANONYMISED_DISPUTE_TITLE).orWhereIn('id', q('dispute_message').select('dispute_id').whereNot('body', '')))),
    apply: async (q, list) => {
      for (const part of chunks(list)) {
        await q('dispute_message').whereIn('dispute_id', part).update({ body: '' });
        // Kind, status and dates stay: the yearly report counts them.
        await q('dispute').whereIn('id', part).update({ title: ANONYMISED_DISPUTE_TITLE });
      }
    },
  },
];

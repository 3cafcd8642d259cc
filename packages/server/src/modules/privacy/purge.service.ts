import type { MikroORM } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import type { LocalDate } from '../../shared/calendar.js';
import { appendAudit } from '../audit/audit.service.js';
import { chunks, deleteById, ids, type Kind, LATER_KINDS } from './purge-kinds.js';
import { type RetentionSettings, retentionCutoffs } from './retention-rules.js';

/** What one purge did (or, in a dry run, would do), per kind. */
export interface PurgeCounts {
  /** Sessions expired or revoked before the cut-off: deleted. */
  sessionsDeleted: number;
  /** One-time links (invitations) expired before the cut-off: deleted. */
  oneTimeTokensDeleted: number;
  /** Rate-limit counters whose window started before the cut-off: deleted. */
  rateLimitsDeleted: number;
  /** Outbox messages sent, kept in the development outbox or failed, written before the cut-off: deleted. */
  outboxMessagesDeleted: number;
  /** Supplier users removed before the cut-off: name, e-mail and password anonymised. */
  removedUsersAnonymised: number;
  /** Declarations closed before the cut-off: content, beneficiary, attachments and comments' text removed. */
  declarationsAnonymised: number;
  /** Drafts of campaigns closed before the cut-off: deleted. */
  surveyDraftsDeleted: number;
  /** Invitations (and their secret links) of campaigns closed before the cut-off: deleted. */
  surveyInvitationsDeleted: number;
  /** Identified responses of campaigns closed before the cut-off: supplier, respondent and time removed. */
  surveyResponsesAnonymised: number;
  /** API tokens expired, revoked, or of a user removed, before the cut-off: deleted. */
  apiTokensDeleted: number;
  /** Users removed before the cut-off: second factor (sealed TOTP secret, recovery codes) erased. */
  secondFactorsErased: number;
  /** Access requests decided (or left pending since) before the cut-off: deleted. */
  accessRequestsDeleted: number;
  /** Disputes closed before the cut-off: title and messages' text erased. */
  disputesAnonymised: number;
}


export interface PurgeReport {
  dryRun: boolean;
  today: LocalDate;
  /** The cut-off instant of each setting (ISO). */
  cutoffs: Record<keyof RetentionSettings, string>;
  counts: PurgeCounts;
  /** The audit event of a real run. */
  auditSeq: number | null;
}

const closedCampaigns = (q: Knex | Knex.Transaction, before: Date) =>
  q('survey_campaign').select('id').whereIn('status', ['CLOSED', 'ARCHIVED']).whereNotNull('closed_at').where('closed_at', '<', before);

/** The anonymised e-mail of a removed user: unique, and in a reserved domain that never receives mail. */
export const anonymousEmail = (userId: string) => `supprime-${userId}@anonyme.invalid`;
export const ANONYMOUS_NAME = 'Utilisateur supprimé';

const KINDS: Kind[] = [
  {
    key: 'sessionsDeleted',
    select: async (q, c) =>
      ids(await q('session').select('id').where((w) => w.where('expires_at', '<', c.sessionDays).orWhere('revoked_at', '<', c.sessionDays))),
    apply: deleteById('session'),
  },
  {
    key: 'oneTimeTokensDeleted',
    select: async (q, c) =>
      ids(await q('one_time_token').select('id').where((w) => w.where('expires_at', '<', c.sessionDays).orWhere('used_at', '<', c.sessionDays))),
    apply: deleteById('one_time_token'),
  },
  {
    key: 'rateLimitsDeleted',
    select: async (q, c) =>
      (await q('rate_limit').select('bucket').where('window_start', '<', c.rateLimitDays.getTime())).map((r: { bucket: string }) => r.bucket),
    apply: async (q, list) => {
      for (const part of chunks(list)) await q('rate_limit').whereIn('bucket', part).delete();
    },
  },
  {
    key: 'outboxMessagesDeleted',
    select: async (q, c) =>
      ids(await q('outbox_message').select('id').whereIn('status', ['SENT', 'DEV_OUTBOX', 'FAILED']).where('created_at', '<', c.outboxDays)),
    apply: deleteById('outbox_message'),
  },
  {
    key: 'removedUsersAnonymised',
    audited: true,
    select: async (q, c) =>
      ids(
        await q('user_account').select('id').where('kind', 'SUPPLIER').whereNotNull('removed_at').where('removed_at', '<', c.removedUserDays)
          .whereNot('email', 'like', '%@anonyme.invalid'),
      ),
    apply: async (q, list, now) => {
      for (const id of list) {
        await q('user_account').where('id', id).update({
          email: anonymousEmail(id), display_name: ANONYMOUS_NAME, password_hash: null, direction: null, last_sign_in_at: null, updated_at: now,
        });
      }
      for (const part of chunks(list)) {
        await q('session').whereIn('user_id', part).delete();
        await q('one_time_token').whereIn('user_id', part).delete();
      }
    },
  },
  {
    key: 'declarationsAnonymised',
    audited: true,
    select: async (q, c) => {
      const rows = (await q('declaration').select('id', 'details', 'beneficiary_name', 'beneficiary_agent_id')
        .where('status', 'CLOSED').where('updated_at', '<', c.declarationDays)) as Record<string, unknown>[];
      const withAttachments = new Set<string>();
      const withComments = new Set<string>();
      for (const part of chunks(ids(rows as { id: unknown }[]))) {
        for (const r of await q('declaration_attachment').distinct('declaration_id').whereIn('declaration_id', part)) withAttachments.add(String(r.declaration_id));
        for (const r of await q('declaration_comment').distinct('declaration_id').whereIn('declaration_id', part).whereNot('body', '')) withComments.add(String(r.declaration_id));
      }
      const details = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as object) : ((v ?? {}) as object));
      // Already anonymised ones (an earlier run) are not counted again.
      return rows
        .filter((r) => Object.keys(details(r.details)).length > 0 || r.beneficiary_name != null || r.beneficiary_agent_id != null
          || withAttachments.has(String(r.id)) || withComments.has(String(r.id)))
        .map((r) => String(r.id));
    },
    apply: async (q, list) => {
      for (const part of chunks(list)) {
        await q('declaration_attachment').whereIn('declaration_id', part).delete();
        await q('declaration_comment').whereIn('declaration_id', part).update({ body: '' });
        // updated_at is kept: it is when the declaration was closed.
        await q('declaration').whereIn('id', part).update({ details: '{}', beneficiary_name: null, beneficiary_agent_id: null });
      }
    },
  },
  {
    key: 'surveyDraftsDeleted',
    select: async (q, c) => ids(await q('survey_draft').select('id').whereIn('campaign_id', closedCampaigns(q, c.surveyDraftDays))),
    apply: deleteById('survey_draft'),
  },
  {
    key: 'surveyInvitationsDeleted',
    select: async (q, c) => ids(await q('survey_invitation').select('id').whereIn('campaign_id', closedCampaigns(q, c.surveyDays))),
    apply: async (q, list) => {
      for (const part of chunks(list)) {
        await q('survey_link').whereIn('invitation_id', part).delete();
        await q('survey_invitation').whereIn('id', part).delete();
      }
    },
  },
  {
    key: 'surveyResponsesAnonymised',
    select: async (q, c) =>
      ids(
        await q('survey_response').select('id').whereIn('campaign_id', closedCampaigns(q, c.surveyDays))
          .where((w) => w.whereNotNull('supplier_id').orWhereNotNull('respondent_id').orWhereNotNull('submitted_at')),
      ),
    apply: async (q, list) => {
      for (const part of chunks(list)) await q('survey_response').whereIn('id', part).update({ supplier_id: null, respondent_id: null, submitted_at: null });
    },
  },
  ...LATER_KINDS,
];

/**
 * Removes or anonymises what is past its retention period (`pnpm cli purge`). Each kind runs in
 * its own transaction; a real run appends one audit event with the counts and the ids of the
 * audited entities it anonymised (ids only). The audit log itself is never touched: its rows are
 * append-only, and the chain still verifies afterwards. A dry run only reads.
 */
export async function purgePersonalData(
  orm: MikroORM,
  options: { settings: RetentionSettings; today: LocalDate; dryRun: boolean; actor?: string; now?: Date },
): Promise<PurgeReport> {
  const knex = (orm.em as SqlEntityManager).getKnex();
  const now = options.now ?? new Date();
  const cutoffs = retentionCutoffs(options.settings, options.today);
  const counts = {} as PurgeCounts;
  const anonymisedIds: Record<string, string[]> = {};
  for (const kind of KINDS) {
    await knex.transaction(async (trx) => {
      const list = await kind.select(trx, cutoffs);
      if (!options.dryRun && list.length) await kind.apply(trx, list, now);
      counts[kind.key] = list.length;
      if (kind.audited && list.length) anonymisedIds[kind.key] = list;
    });
  }
  const iso = Object.fromEntries(Object.entries(cutoffs).map(([k, v]) => [k, v.toISOString()])) as PurgeReport['cutoffs'];
  let auditSeq: number | null = null;
  if (!options.dryRun) {
    const event = await knex.transaction((trx) =>
      appendAudit(trx, {
        actor: options.actor ?? 'purge',
        action: 'privacy.purge',
        entityType: 'privacy_purge',
        entityId: options.today,
        after: { counts, cutoffs: iso, anonymisedIds },
      }, now),
    );
    auditSeq = event.seq;
  }
  return { dryRun: options.dryRun, today: options.today, cutoffs: iso, counts, auditSeq };
}

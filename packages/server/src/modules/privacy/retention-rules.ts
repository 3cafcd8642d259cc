import { addDays, type LocalDate, parisStartOf } from '../../shared/calendar.js';

/**
 * How long each kind of personal data is kept (pure: no ORM, no clock). Each period runs from the
 * event that ends the data's use — a session's expiry, a user's removal, a campaign's close… — and
 * is counted in whole Paris days: data whose event happened before the start of (today − period)
 * is past its period. The defaults are justified in docs/registre-des-traitements.md.
 */
export interface RetentionSettings {
  /**
   * Sessions, one-time links and API tokens, after they expired or were revoked / used; a removed
   * user's second factor and API tokens, after the removal.
   */
  sessionDays: number;
  /** Sign-in rate-limit counters, after their window started. */
  rateLimitDays: number;
  /** Outbox messages delivered or failed, after they were written. */
  outboxDays: number;
  /** Supplier users removed from their company: name and e-mail anonymised after removal. */
  removedUserDays: number;
  /** Ethics declarations: content anonymised after the declaration was closed. */
  declarationDays: number;
  /** Survey drafts, after the campaign closed. */
  surveyDraftDays: number;
  /** Survey invitations and links, and who answered an identified campaign, after the campaign closed. */
  surveyDays: number;
  /** Access requests (onboarding), after the decision — or after the request, while never decided. */
  accessRequestDays: number;
  /** Disputes (mediation): subject line and messages' text erased after the dispute was closed. */
  disputeDays: number;
}

export const RETENTION_DEFAULTS: RetentionSettings = {
  sessionDays: 30,
  rateLimitDays: 1,
  outboxDays: 365,
  removedUserDays: 365,
  declarationDays: 5 * 365 + 1,
  surveyDraftDays: 0,
  surveyDays: 2 * 365,
  accessRequestDays: 365,
  disputeDays: 5 * 365 + 1,
};

/** The environment variable of each setting (README, settings table). */
export const RETENTION_ENV: Record<keyof RetentionSettings, string> = {
  sessionDays: 'RETENTION_SESSION_DAYS',
  rateLimitDays: 'RETENTION_RATE_LIMIT_DAYS',
  outboxDays: 'RETENTION_OUTBOX_DAYS',
  removedUserDays: 'RETENTION_REMOVED_USER_DAYS',
  declarationDays: 'RETENTION_DECLARATION_DAYS',
  surveyDraftDays: 'RETENTION_SURVEY_DRAFT_DAYS',
  surveyDays: 'RETENTION_SURVEY_DAYS',
  accessRequestDays: 'RETENTION_ACCESS_REQUEST_DAYS',
  disputeDays: 'RETENTION_DISPUTE_DAYS',
};

/** Reads the settings from the environment; a value that is not a whole number of days ≥ 0 is an error. */
export function parseRetention(env: Record<string, string | undefined>): RetentionSettings {
  const out = { ...RETENTION_DEFAULTS };
  for (const key of Object.keys(RETENTION_ENV) as (keyof RetentionSettings)[]) {
    const raw = env[RETENTION_ENV[key]];
    if (raw === undefined || raw.trim() === '') continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${RETENTION_ENV[key]} must be a whole number of days (0 or more)`);
    out[key] = n;
  }
  return out;
}

export type RetentionCutoffs = Record<keyof RetentionSettings, Date>;

/** The instant before which each kind's reference event puts it past its period, for a given Paris day. */
export function retentionCutoffs(settings: RetentionSettings, today: LocalDate): RetentionCutoffs {
  const cutoff = (days: number) => parisStartOf(addDays(today, -days));
  return Object.fromEntries((Object.keys(RETENTION_DEFAULTS) as (keyof RetentionSettings)[]).map((k) => [k, cutoff(settings[k])])) as RetentionCutoffs;
}

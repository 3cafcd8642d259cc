import type { SizeCategory, SurveyCampaignInput } from '../../gql/graphql';
import { isLocalDate } from '../../shared/format';

/**
 * A campaign's settings as the form edits them (strings as typed) and as the API takes them. The
 * server checks everything again; these checks only say what is missing before a round trip.
 */
export const SIZES: readonly SizeCategory[] = ['MICRO', 'SMALL_MEDIUM', 'INTERMEDIATE', 'LARGE'];

export interface CampaignSettings {
  title: string;
  year: string;
  opensOn: string;
  closesOn: string;
  anonymous: boolean;
  introFr: string;
  introEn: string;
  sizes: SizeCategory[];
  /** '' every supplier, 'yes' regional only, 'no' the others only. */
  regional: '' | 'yes' | 'no';
  /** NAF prefixes as typed: "16.23, 49". */
  nafPrefixes: string;
  paidInYear: boolean;
  reminderGapDays: string;
  maxReminders: string;
  autoRemind: boolean;
}

type Campaign = Omit<SurveyCampaignInput, 'audience'> & {
  audience: { sizes?: readonly SizeCategory[] | null; regional?: boolean | null; nafPrefixes?: readonly string[] | null; paidInYear?: boolean | null };
};

/** A new campaign: this year's, open from today for four weeks, anonymous, everyone invited. */
export function newCampaignSettings(today: string, titleOf: (year: number) => string): CampaignSettings {
  const year = Number(today.slice(0, 4));
  const closes = new Date(`${today}T12:00:00Z`);
  closes.setUTCDate(closes.getUTCDate() + 28);
  return {
    title: titleOf(year),
    year: String(year),
    opensOn: today,
    closesOn: closes.toISOString().slice(0, 10),
    anonymous: true,
    introFr: '',
    introEn: '',
    sizes: [],
    regional: '',
    nafPrefixes: '',
    paidInYear: false,
    reminderGapDays: '7',
    maxReminders: '2',
    autoRemind: true,
  };
}

export function settingsOf(c: Campaign): CampaignSettings {
  const a = c.audience;
  return {
    title: c.title,
    year: String(c.year),
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    anonymous: c.anonymous ?? true,
    introFr: c.introFr ?? '',
    introEn: c.introEn ?? '',
    sizes: SIZES.filter((s) => a.sizes?.includes(s)),
    regional: a.regional == null ? '' : a.regional ? 'yes' : 'no',
    nafPrefixes: (a.nafPrefixes ?? []).join(', '),
    paidInYear: a.paidInYear ?? false,
    reminderGapDays: String(c.reminderGapDays ?? 7),
    maxReminders: String(c.maxReminders ?? 2),
    autoRemind: c.autoRemind ?? true,
  };
}

const blankToNull = (text: string) => (text.trim() ? text.trim() : null);

export function toCampaignInput(s: CampaignSettings): SurveyCampaignInput {
  const naf = s.nafPrefixes
    .split(/[\s,;]+/)
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean);
  return {
    title: s.title.trim(),
    year: Number(s.year),
    opensOn: s.opensOn,
    closesOn: s.closesOn,
    anonymous: s.anonymous,
    introFr: blankToNull(s.introFr),
    introEn: blankToNull(s.introEn),
    audience: {
      sizes: s.sizes.length ? s.sizes : null,
      regional: s.regional === '' ? null : s.regional === 'yes',
      nafPrefixes: naf.length ? naf : null,
      paidInYear: s.paidInYear || null,
    },
    reminderGapDays: Number(s.reminderGapDays),
    maxReminders: Number(s.maxReminders),
    autoRemind: s.autoRemind,
  };
}

export type SettingsProblem = 'titleMissing' | 'yearInvalid' | 'dateInvalid' | 'closesBeforeOpens' | 'gapInvalid' | 'maxInvalid';

const isWhole = (text: string, min: number, max: number) => /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

/** What keeps the settings from being sent, by field. */
export function settingsProblems(s: CampaignSettings): Partial<Record<keyof CampaignSettings, SettingsProblem>> {
  const problems: Partial<Record<keyof CampaignSettings, SettingsProblem>> = {};
  if (!s.title.trim()) problems.title = 'titleMissing';
  if (!isWhole(s.year, 2000, 2100)) problems.year = 'yearInvalid';
  if (!isLocalDate(s.opensOn)) problems.opensOn = 'dateInvalid';
  if (!isLocalDate(s.closesOn)) problems.closesOn = 'dateInvalid';
  else if (isLocalDate(s.opensOn) && s.closesOn <= s.opensOn) problems.closesOn = 'closesBeforeOpens';
  if (!isWhole(s.reminderGapDays, 1, 365)) problems.reminderGapDays = 'gapInvalid';
  if (!isWhole(s.maxReminders, 0, 10)) problems.maxReminders = 'maxInvalid';
  return problems;
}

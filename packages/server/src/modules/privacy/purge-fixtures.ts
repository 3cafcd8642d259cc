import { RETENTION_DEFAULTS, retentionCutoffs } from './retention-rules.js';

/** Shared by the purge tests: a fixed day, its cut-offs, and rows just past or just within a period. */
export const TODAY = '2031-06-15';
export const cut = retentionCutoffs(RETENTION_DEFAULTS, TODAY);
export const DAY = 86_400_000;
export const old = (c: Date) => new Date(c.getTime() - DAY);
export const recent = (c: Date) => new Date(c.getTime() + 3_600_000);
let n = 0;
/** A unique 64-hex-digit value (token hashes). */
export const hex = () => String(++n).padStart(64, '0');

/** The ids a test expects the purge to keep and to drop, by kind. */
export function expectations() {
  const keep: Record<string, string[]> = {};
  const drop: Record<string, string[]> = {};
  const mark = (bag: Record<string, string[]>, key: string, id: string) => (bag[key] ??= []).push(id);
  return { keep, drop, mark };
}

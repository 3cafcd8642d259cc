import type { EntityManager } from '@mikro-orm/core';
import { parisDay } from '../../shared/calendar.js';
import { centsToDecimal } from '../../shared/money.js';
import { internalScope } from '../../shared/tenant.js';
import { currentCharter, thresholds } from '../ethics/charter.service.js';
import { thresholdOn } from '../ethics/ethics-rules.js';
import { reportJson } from './report-format.js';
import { spaserReports } from './report.service.js';

/** The years the public page shows: from 2018 (the seed's first figure) to this year. */
export const FIRST_PUBLIC_YEAR = 2018;

/**
 * What the Region publishes of its SPASER (Code de la commande publique, L2111-3), readable by
 * anyone: the charter in force, the rules suppliers follow, the yearly indicators and their trend.
 * Aggregates only: no supplier, no person is named.
 */
export async function publicSpaser(em: EntityManager, now = new Date()) {
  const scoped = internalScope(em);
  const today = parisDay(now);
  const charter = await currentCharter(scoped);
  const cap = thresholdOn(await thresholds(scoped), today);
  const years = (await spaserReports(scoped, FIRST_PUBLIC_YEAR, Number(today.slice(0, 4))))
    .map(reportJson)
    // A year with nothing recorded is left out rather than shown as zeros.
    .filter((r) => r.payments.invoicesPaid || r.contracts.total || r.survey.responses)
    .map((r) => ({ ...r, declarations: { total: r.declarations.total, flagged: r.declarations.flagged } }));
  return {
    generatedAt: now.toISOString(),
    charter: charter ? { version: charter.version, title: charter.title, body: charter.body, publishedAt: charter.createdAt.toISOString() } : null,
    rules: { giftCap: centsToDecimal(cap.valueCents), legalPaymentDelayDays: 30 },
    years,
  };
}

/** Computed at most every few minutes, whatever the traffic: the page is public. */
export function cachedPublicSpaser(load: () => Promise<unknown>, ttlMs = 300_000) {
  let cached: { at: number; body: string } | null = null;
  let pending: Promise<string> | null = null;
  return async (): Promise<string> => {
    if (cached && Date.now() - cached.at < ttlMs) return cached.body;
    pending ??= load()
      .then((value) => {
        cached = { at: Date.now(), body: JSON.stringify(value) };
        return cached.body;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
}

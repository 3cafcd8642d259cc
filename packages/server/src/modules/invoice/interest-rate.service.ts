import type { EntityManager } from '@mikro-orm/core';
import { InterestRate } from './interest-rate.entity.js';
import { SHIPPED_ECB_RATES, rateLookupFrom } from './interest-rates.js';
import type { RateLookup } from './payment-delay.js';

/** Inserts the shipped rates that are missing (run with the migrations); never overwrites an edit. */
export async function ensureShippedRates(em: EntityManager): Promise<number> {
  const existing = new Set((await em.find(InterestRate, {})).map((r) => r.halfYearStart));
  const missing = SHIPPED_ECB_RATES.filter((r) => !existing.has(r.halfYearStart));
  for (const r of missing) em.persist(em.create(InterestRate, r));
  await em.flush();
  return missing.length;
}

export async function loadRateLookup(em: EntityManager): Promise<RateLookup> {
  return rateLookupFrom(await em.find(InterestRate, {}, { orderBy: { halfYearStart: 'asc' } }));
}

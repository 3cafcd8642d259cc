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

/**
 * Rates change a few times a year: each server keeps them for a minute, so that invoice lists and
 * dashboards need no extra statement. An edit through this server invalidates at once.
 */
const RATE_CACHE_MS = 60_000;
const cache = new WeakMap<object, { at: number; lookup: RateLookup }>();

export async function cachedRateLookup(em: EntityManager): Promise<RateLookup> {
  const key = em.getDriver();
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < RATE_CACHE_MS) return hit.lookup;
  const lookup = await loadRateLookup(em);
  cache.set(key, { at: Date.now(), lookup });
  return lookup;
}

export function invalidateRateCache(em: EntityManager): void {
  cache.delete(em.getDriver());
}

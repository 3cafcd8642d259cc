import type { MikroORM } from '@mikro-orm/core';
import { notifyOverdueInvoices, refreshOpenInvoices } from '../modules/invoice/invoice-jobs.js';
import { closeDueCampaigns, remindDueCampaigns } from '../modules/survey/survey-jobs.js';
import { parisDay } from '../shared/calendar.js';
import { describeError, logger } from '../shared/logger.js';
import { internalScope } from '../shared/tenant.js';

/**
 * Every scheduled job, run by `pnpm cli jobs` and by each server's timer. Jobs are idempotent and
 * claim their work in the database, so two instances running them at once do each thing once.
 */
export async function runJobs(orm: MikroORM, publicUrl: string, now = new Date()): Promise<Record<string, number>> {
  const today = parisDay(now);
  const em = internalScope(orm.em.fork());
  return {
    openInvoicesRefreshed: await refreshOpenInvoices(em, today),
    overdueNotified: await notifyOverdueInvoices(em, today),
    surveysClosed: await closeDueCampaigns(em, today),
    surveyRemindersSent: await remindDueCampaigns(em, publicUrl, now),
  };
}

/** In-process timer: shortly after start, then every interval; never two rounds at once. */
export function scheduleJobs(orm: MikroORM, publicUrl: string, afterRound: () => void, intervalMs = 15 * 60_000): () => void {
  let running = false;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      const done = await runJobs(orm, publicUrl);
      if (Object.values(done).some((n) => n > 0)) logger.info('jobs', done);
      afterRound();
    } catch (error) {
      logger.error('jobs failed', describeError(error));
    } finally {
      running = false;
    }
  };
  const first = setTimeout(round, 5_000);
  const timer = setInterval(round, intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

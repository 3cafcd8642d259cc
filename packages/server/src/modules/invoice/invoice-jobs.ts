import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { LocalDate } from '../../shared/calendar.js';
import { enqueueMails } from '../notification/outbox.service.js';
import { loadRateLookup } from './interest-rate.service.js';
import { storedFacts } from './invoice-facts.js';
import { recipientsBySupplier } from '../supplier/supplier-recipients.js';
import { InvoiceStatus } from './invoice-status.js';
import { overdueMail } from './invoice-mails.js';
import { asDay } from './invoice.queries.js';

/**
 * Scheduled work on invoices, driven by database state so that it runs exactly once even with
 * several server instances: each invoice is claimed by an atomic update before its mail is queued,
 * in the same transaction.
 */
const BATCH = 200;

/** One e-mail per unpaid invoice that has passed its deadline. */
export async function notifyOverdueInvoices(em: EntityManager, today: LocalDate): Promise<number> {
  const knex = (em as SqlEntityManager).getKnex();
  let sent = 0;
  for (;;) {
    const due = (await knex('invoice')
      .select('id', 'supplier_id', 'number', 'invoice_date', 'deadline')
      .whereNull('payment_issued_on')
      .whereNull('overdue_notified_at')
      .whereNot('status', InvoiceStatus.REJECTED)
      .where('deadline', '<', today)
      .limit(BATCH)) as Record<string, unknown>[];
    if (!due.length) return sent;
    await knex.transaction(async (trx) => {
      const recipients = await recipientsBySupplier(trx, [...new Set(due.map((d) => String(d.supplier_id)))]);
      for (const d of due) {
        const claimed = await trx('invoice').where('id', d.id as string).whereNull('overdue_notified_at').update({ overdue_notified_at: new Date() });
        if (claimed !== 1) continue; // another instance took it
        const invoice = { id: String(d.id), number: String(d.number), invoiceDate: asDay(d.invoice_date)!, deadline: asDay(d.deadline)! };
        await enqueueMails(trx, (recipients.get(String(d.supplier_id)) ?? []).map((to) => overdueMail(to, invoice)));
        sent++;
      }
    });
  }
}

/** Unpaid invoices' stored facts move with the days (days late, interest): recomputed once a day. */
export async function refreshOpenInvoices(em: EntityManager, today: LocalDate): Promise<number> {
  const knex = (em as SqlEntityManager).getKnex();
  const rateFor = await loadRateLookup(em);
  let refreshed = 0;
  for (;;) {
    const open = (await knex('invoice')
      .select('id', 'invoice_date', 'declared_received_on', 'payment_delay_days', 'amount_incl_tax_cents')
      .whereNull('payment_issued_on')
      .whereNot('status', InvoiceStatus.REJECTED)
      .where((w) => w.whereNull('facts_on').orWhere('facts_on', '<', today))
      .limit(BATCH)) as Record<string, unknown>[];
    if (!open.length) return refreshed;
    const events = (await knex('invoice_event').select('invoice_id', 'status', 'on', 'reason', 'flag').whereIn('invoice_id', open.map((o) => o.id as string))) as Record<string, unknown>[];
    await knex.transaction(async (trx) => {
      for (const o of open) {
        const own = events.filter((e) => e.invoice_id === o.id).map((e) => ({ status: e.status as InvoiceStatus, on: asDay(e.on)!, reason: (e.reason as string | null) ?? null, flag: null }));
        const { facts } = storedFacts(
          { invoiceDate: asDay(o.invoice_date)!, declaredReceivedOn: asDay(o.declared_received_on), paymentDelayDays: Number(o.payment_delay_days), amountInclTaxCents: Number(o.amount_incl_tax_cents) },
          own,
          rateFor,
          today,
        );
        await trx('invoice').where('id', o.id as string).update({
          days_late: facts.daysLate,
          late_interest_cents: facts.lateInterestCents,
          recovery_indemnity_cents: facts.recoveryIndemnityCents,
          rate_basis_points: facts.rateBasisPoints,
          estimate: facts.estimate,
          facts_on: today,
        });
        refreshed++;
      }
    });
  }
}

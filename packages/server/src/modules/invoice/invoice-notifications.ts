import type { Knex } from '@mikro-orm/knex';
import { enqueueMails } from '../notification/outbox.service.js';
import { InvoiceStatus } from './invoice-status.js';
import { type InvoiceEventNotice, invoiceEventMail } from './invoice-mails.js';

/** Who hears about a supplier's invoices: its users (not removed) and its contact address. */
export async function recipientsBySupplier(q: Knex | Knex.Transaction, supplierIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, Set<string>>(supplierIds.map((id) => [id, new Set<string>()]));
  for (const s of (await q('supplier').select('id', 'contact_email').whereIn('id', supplierIds)) as { id: string; contact_email: string | null }[]) {
    if (s.contact_email) out.get(s.id)!.add(s.contact_email);
  }
  const users = (await q('user_account').select('email', 'supplier_id').whereIn('supplier_id', supplierIds).whereNull('removed_at')) as { email: string; supplier_id: string }[];
  for (const u of users) out.get(u.supplier_id)!.add(u.email);
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}

/** An e-mail per suspension or rejection (with the reason and its legal effect), once per recipient. */
export async function notifyInvoiceEvents(q: Knex | Knex.Transaction, events: readonly InvoiceEventNotice[]): Promise<number> {
  const relevant = events.filter((e) => e.status === InvoiceStatus.SUSPENDED || e.status === InvoiceStatus.REJECTED);
  if (!relevant.length) return 0;
  const recipients = await recipientsBySupplier(q, [...new Set(relevant.map((e) => e.supplierId))]);
  const mails = relevant.flatMap((e) => (recipients.get(e.supplierId) ?? []).map((to) => invoiceEventMail(to, e)));
  await enqueueMails(q, mails);
  return mails.length;
}

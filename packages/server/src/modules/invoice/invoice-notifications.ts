import type { Knex } from '@mikro-orm/knex';
import { enqueueMails } from '../notification/outbox.service.js';
import { recipientsBySupplier } from '../supplier/supplier-recipients.js';
import { InvoiceStatus } from './invoice-status.js';
import { type InvoiceEventNotice, invoiceEventMail } from './invoice-mails.js';

/** An e-mail per suspension or rejection (with the reason and its legal effect), once per recipient. */
export async function notifyInvoiceEvents(q: Knex | Knex.Transaction, events: readonly InvoiceEventNotice[]): Promise<number> {
  const relevant = events.filter((e) => e.status === InvoiceStatus.SUSPENDED || e.status === InvoiceStatus.REJECTED);
  if (!relevant.length) return 0;
  const recipients = await recipientsBySupplier(q, [...new Set(relevant.map((e) => e.supplierId))]);
  const mails = relevant.flatMap((e) => (recipients.get(e.supplierId) ?? []).map((to) => invoiceEventMail(to, e)));
  await enqueueMails(q, mails);
  return mails.length;
}

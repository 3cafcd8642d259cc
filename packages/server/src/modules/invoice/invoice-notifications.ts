import type { EntityManager } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { enqueueMail } from '../notification/outbox.service.js';
import { Supplier } from '../supplier/supplier.entity.js';
import type { InvoiceEvent } from './invoice-event.entity.js';
import { InvoiceStatus } from './invoice-status.js';
import { invoiceEventMail } from './invoice-mails.js';
import type { Invoice } from './invoice.entity.js';

/** Who hears about a supplier's invoices: its users (not removed) and its contact address. */
async function recipientsBySupplier(em: EntityManager, supplierIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, Set<string>>(supplierIds.map((id) => [id, new Set<string>()]));
  for (const s of await em.find(Supplier, { id: { $in: supplierIds } }, { fields: ['id', 'contactEmail'], filters: { tenant: false } })) {
    if (s.contactEmail) out.get(s.id)!.add(s.contactEmail);
  }
  for (const u of await em.find(User, { supplier: { $in: supplierIds }, removedAt: null }, { fields: ['email', 'supplier'], filters: { tenant: false } })) {
    out.get(u.supplier!.id)!.add(u.email);
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}

/** An e-mail per suspension or rejection (with the reason and its legal effect), once per recipient. */
export async function notifyInvoiceEvents(em: EntityManager, events: readonly InvoiceEvent[]): Promise<number> {
  const relevant = events.filter((e) => e.status === InvoiceStatus.SUSPENDED || e.status === InvoiceStatus.REJECTED);
  if (!relevant.length) return 0;
  const recipients = await recipientsBySupplier(em, [...new Set(relevant.map((e) => e.supplier.id))]);
  let n = 0;
  for (const e of relevant) {
    for (const to of recipients.get(e.supplier.id) ?? []) {
      await enqueueMail(em, invoiceEventMail({ to, event: e, invoice: e.invoice as Invoice }));
      n++;
    }
  }
  return n;
}

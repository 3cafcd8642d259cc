import type { Knex } from '@mikro-orm/knex';

/** Who hears from the Region about a supplier (invoices, surveys): its users (not removed) and its contact address. */
export async function recipientsBySupplier(q: Knex | Knex.Transaction, supplierIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, Set<string>>(supplierIds.map((id) => [id, new Set<string>()]));
  for (const s of (await q('supplier').select('id', 'contact_email').whereIn('id', supplierIds)) as { id: string; contact_email: string | null }[]) {
    if (s.contact_email) out.get(s.id)!.add(s.contact_email);
  }
  const users = (await q('user_account').select('email', 'supplier_id').whereIn('supplier_id', supplierIds).whereNull('removed_at')) as { email: string; supplier_id: string }[];
  for (const u of users) out.get(u.supplier_id)!.add(u.email);
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}

import { describe, expect, it } from 'vitest';
import { listHref, readListQuery, toFilter, toOrder, writeListQuery } from './list-query';

describe('the invoice list in the address', () => {
  it('reads filters and sort from the query string, and writes them back the same', () => {
    const search = 'statut=RECEIVED&statut=SUSPENDED&du=2025-01-01&au=2025-06-30&retard=oui&marche=M-1&numero=F-2025&fournisseur=s1&tri=DEADLINE&sens=asc';
    const query = readListQuery(new URLSearchParams(search));
    expect(toFilter(query, true)).toEqual({
      statuses: ['RECEIVED', 'SUSPENDED'],
      from: '2025-01-01',
      to: '2025-06-30',
      overdue: true,
      contractReference: 'M-1',
      number: 'F-2025',
      supplierId: 's1',
    });
    expect(toOrder(query)).toEqual({ field: 'DEADLINE', direction: 'ASC' });
    expect(writeListQuery(query).toString()).toBe(search);
  });

  it('ignores what it does not know, and the supplier filter outside the back-office', () => {
    const query = readListQuery(new URLSearchParams('statut=LOST&du=2025-02-30&tri=COLOUR&retard=peut-etre&fournisseur=s1'));
    expect(toFilter(query, false)).toEqual({});
    expect(toOrder(query)).toBeUndefined();
  });

  it('makes links for the dashboard cards', () => {
    expect(listHref('/factures', {})).toBe('/factures');
    expect(listHref('/factures', { lateOnly: true, statuses: ['PAID', 'RECEIVED'] })).toBe('/factures?statut=RECEIVED&statut=PAID&retard=oui');
  });
});

import type { InvoiceFilter, InvoiceOrder, InvoiceSort, InvoiceStatus, SortDirection } from '../../gql/graphql';
import { isLocalDate } from '../../shared/format';
import { isStatus, STATUSES } from './status';

/**
 * The invoice list's filters and sort live in the address, so that a reload, a shared link, "Back"
 * and the dashboard's cards all land on the same list:
 * `?statut=RECEIVED&statut=SUSPENDED&du=2025-01-01&au=2025-06-30&retard=oui&marche=…&numero=…&fournisseur=…&tri=DEADLINE&sens=asc`.
 */
export interface ListQuery {
  statuses: InvoiceStatus[];
  from: string;
  to: string;
  lateOnly: boolean;
  contract: string;
  number: string;
  supplierId: string;
  sort: InvoiceSort | '';
  direction: SortDirection;
}

export const SORTS: readonly InvoiceSort[] = ['INVOICE_DATE', 'NUMBER', 'AMOUNT', 'DEADLINE', 'STATUS_DATE'];
const MAX_TEXT = 100;

export const EMPTY_QUERY: ListQuery = { statuses: [], from: '', to: '', lateOnly: false, contract: '', number: '', supplierId: '', sort: '', direction: 'DESC' };

const text = (value: string | null) => (value ?? '').trim().slice(0, MAX_TEXT);

export function readListQuery(params: URLSearchParams): ListQuery {
  const statuses = params.getAll('statut').filter(isStatus);
  const from = text(params.get('du'));
  const to = text(params.get('au'));
  const sort = text(params.get('tri'));
  return {
    // In lifecycle order, each once.
    statuses: STATUSES.filter((s) => statuses.includes(s)),
    from: isLocalDate(from) ? from : '',
    to: isLocalDate(to) ? to : '',
    lateOnly: params.get('retard') === 'oui',
    contract: text(params.get('marche')),
    number: text(params.get('numero')),
    supplierId: text(params.get('fournisseur')),
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as InvoiceSort) : '',
    direction: params.get('sens') === 'asc' ? 'ASC' : 'DESC',
  };
}

export function writeListQuery(query: Partial<ListQuery>): URLSearchParams {
  const q = { ...EMPTY_QUERY, ...query };
  const params = new URLSearchParams();
  for (const s of STATUSES.filter((s) => q.statuses.includes(s))) params.append('statut', s);
  if (q.from.trim()) params.set('du', q.from.trim());
  if (q.to.trim()) params.set('au', q.to.trim());
  if (q.lateOnly) params.set('retard', 'oui');
  if (q.contract.trim()) params.set('marche', q.contract.trim());
  if (q.number.trim()) params.set('numero', q.number.trim());
  if (q.supplierId.trim()) params.set('fournisseur', q.supplierId.trim());
  if (q.sort) {
    params.set('tri', q.sort);
    params.set('sens', q.direction === 'ASC' ? 'asc' : 'desc');
  }
  return params;
}

/** A link to the list with these filters: `/factures?retard=oui`. */
export function listHref(base: string, query: Partial<ListQuery>): string {
  const search = writeListQuery(query).toString();
  return search ? `${base}?${search}` : base;
}

export function toFilter(query: ListQuery, backOffice: boolean): InvoiceFilter {
  return {
    ...(query.statuses.length ? { statuses: query.statuses } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.lateOnly ? { overdue: true } : {}),
    ...(query.contract ? { contractReference: query.contract } : {}),
    ...(query.number ? { number: query.number } : {}),
    ...(backOffice && query.supplierId ? { supplierId: query.supplierId } : {}),
  };
}

/** The server sorts by invoice date, newest first, unless told otherwise. */
export function toOrder(query: ListQuery): InvoiceOrder | undefined {
  return query.sort ? { field: query.sort, direction: query.direction } : undefined;
}

export function isFiltered(query: ListQuery): boolean {
  return Object.keys(toFilter(query, true)).length > 0;
}

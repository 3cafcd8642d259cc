import type { DeclarationFilter, DeclarationKind, DeclarationStatus } from '../../gql/graphql';
import { isKind, isStatus } from './declaration-labels';

/** The list's filters, kept in the address (`?type=GIFT&statut=SUBMITTED`) so that Back and links keep them. */
export interface ListFilter {
  kind: DeclarationKind | '';
  status: DeclarationStatus | '';
  flagged: boolean;
}

export const NO_FILTER: ListFilter = { kind: '', status: '', flagged: false };

export function readFilter(params: URLSearchParams): ListFilter {
  const kind = params.get('type');
  const status = params.get('statut');
  return { kind: isKind(kind) ? kind : '', status: isStatus(status) ? status : '', flagged: params.get('signalees') === '1' };
}

export function writeFilter(filter: ListFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.kind) params.set('type', filter.kind);
  if (filter.status) params.set('statut', filter.status);
  if (filter.flagged) params.set('signalees', '1');
  return params;
}

export const isFiltered = (filter: ListFilter) => !!(filter.kind || filter.status || filter.flagged);

/** The API's filter; none at all when nothing is chosen. */
export function toApiFilter(filter: ListFilter): DeclarationFilter | undefined {
  if (!isFiltered(filter)) return undefined;
  return { ...(filter.kind && { kind: filter.kind }), ...(filter.status && { status: filter.status }), ...(filter.flagged && { flagged: true }) };
}

import type { ClauseFlag, ContractFilter } from '../../gql/graphql';

/** The list's filters as they live in the address (q, annee, social, env): shareable, and "Back" brings them back. */
export interface ContractQuery {
  search: string;
  year: string;
  social: ClauseFlag | '';
  environmental: ClauseFlag | '';
}

export const FLAGS: readonly ClauseFlag[] = ['YES', 'NO', 'UNKNOWN'];
export const EMPTY_CONTRACT_QUERY: ContractQuery = { search: '', year: '', social: '', environmental: '' };

const flag = (value: string | null): ClauseFlag | '' => (value && (FLAGS as readonly string[]).includes(value) ? (value as ClauseFlag) : '');
const year = (value: string | null) => (value && /^\d{4}$/.test(value.trim()) ? value.trim() : '');

export function readContractQuery(params: URLSearchParams): ContractQuery {
  return { search: (params.get('q') ?? '').trim().slice(0, 100), year: year(params.get('annee')), social: flag(params.get('social')), environmental: flag(params.get('env')) };
}

export function writeContractQuery(query: ContractQuery): URLSearchParams {
  const entries: [string, string][] = [
    ['q', query.search.trim()],
    ['annee', year(query.year)],
    ['social', query.social],
    ['env', query.environmental],
  ];
  return new URLSearchParams(entries.filter(([, v]) => v));
}

export const isFiltered = (query: ContractQuery) => writeContractQuery(query).toString() !== '';

/** The GraphQL filter: only what is set (an out-of-range year is left to the server to refuse). */
export function toContractFilter(query: ContractQuery): ContractFilter {
  return {
    ...(query.search ? { search: query.search } : {}),
    ...(query.year ? { runningIn: Number(query.year) } : {}),
    ...(query.social ? { socialClause: query.social } : {}),
    ...(query.environmental ? { environmentalClause: query.environmental } : {}),
  };
}

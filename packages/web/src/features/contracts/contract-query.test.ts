import { describe, expect, it } from 'vitest';
import { EMPTY_CONTRACT_QUERY, isFiltered, readContractQuery, toContractFilter, writeContractQuery } from './contract-query';

describe('the contract list in the address', () => {
  it.each([
    ['', EMPTY_CONTRACT_QUERY, {}],
    ['q=lyc%C3%A9e&annee=2021&social=YES&env=NO', { search: 'lycée', year: '2021', social: 'YES', environmental: 'NO' }, { search: 'lycée', runningIn: 2021, socialClause: 'YES', environmentalClause: 'NO' }],
    ['annee=21&social=PEUT-ETRE&env=UNKNOWN', { ...EMPTY_CONTRACT_QUERY, environmental: 'UNKNOWN' }, { environmentalClause: 'UNKNOWN' }],
    ['q=%20%20', EMPTY_CONTRACT_QUERY, {}],
  ] as const)('%s → %j → %j', (search, query, filter) => {
    const read = readContractQuery(new URLSearchParams(search));
    expect(read).toEqual(query);
    expect(toContractFilter(read)).toEqual(filter);
  });

  it('writes only what is set, and reads it back the same', () => {
    const query = { search: '2024_D2F', year: '2024', social: '', environmental: 'YES' } as const;
    expect(writeContractQuery(query).toString()).toBe('q=2024_D2F&annee=2024&env=YES');
    expect(readContractQuery(writeContractQuery(query))).toEqual(query);
    expect(isFiltered(EMPTY_CONTRACT_QUERY)).toBe(false);
    expect(isFiltered(query)).toBe(true);
  });
});

import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createCache } from './apollo';

// A plain string, not a tagged document: codegen is not to take this test's query for an app operation.
const Declarations = parse('query Declarations($first: Int!, $after: String, $filter: DeclarationFilter) { declarations(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }');

const connection = (ids: string[], totalCount: number, endCursor: string, hasNextPage: boolean) => ({
  declarations: {
    __typename: 'DeclarationConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    edges: ids.map((id) => ({ __typename: 'DeclarationEdge', node: { __typename: 'Declaration', id } })),
  },
});

describe('the cache of a paged connection', () => {
  it('adds the next page after the shown ones, once each, with the newest page info', () => {
    const cache = createCache();
    cache.writeQuery({ query: Declarations, variables: { first: 2 }, data: connection(['a', 'b'], 3, 'b', true) });
    cache.writeQuery({ query: Declarations, variables: { first: 2, after: 'b' }, data: connection(['b', 'c', 'd'], 4, 'd', false) });
    expect(cache.readQuery({ query: Declarations, variables: { first: 2 } })).toEqual(connection(['a', 'b', 'c', 'd'], 4, 'd', false));
  });

  it('starts again from the first page when it comes again (a refetch after a change)', () => {
    const cache = createCache();
    cache.writeQuery({ query: Declarations, variables: { first: 2 }, data: connection(['a', 'b'], 3, 'b', true) });
    cache.writeQuery({ query: Declarations, variables: { first: 2, after: 'b' }, data: connection(['c'], 3, 'c', false) });
    cache.writeQuery({ query: Declarations, variables: { first: 2 }, data: connection(['z', 'a'], 4, 'a', true) });
    expect(cache.readQuery({ query: Declarations, variables: { first: 2 } })).toEqual(connection(['z', 'a'], 4, 'a', true));
  });

  it('keeps the lists of other filters and page sizes apart', () => {
    const cache = createCache();
    cache.writeQuery({ query: Declarations, variables: { first: 2 }, data: connection(['a', 'b'], 3, 'b', true) });
    cache.writeQuery({ query: Declarations, variables: { first: 2, filter: { flagged: true } }, data: connection(['b'], 1, 'b', false) });
    cache.writeQuery({ query: Declarations, variables: { first: 100 }, data: connection(['a', 'b', 'c'], 3, 'c', false) });
    expect(cache.readQuery({ query: Declarations, variables: { first: 2 } })).toEqual(connection(['a', 'b'], 3, 'b', true));
    expect(cache.readQuery({ query: Declarations, variables: { first: 2, filter: { flagged: true } } })).toEqual(connection(['b'], 1, 'b', false));
  });
});

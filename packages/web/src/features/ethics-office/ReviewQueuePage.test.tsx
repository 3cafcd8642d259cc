import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EthicsReviewQueueDocument } from '../../gql/graphql';
import { todayInParis } from '../../shared/format';
import { renderPage, supplierOwner, viewerMock } from '../../test/render';
import { addDays } from './queue-query';
import ReviewQueuePage from './ReviewQueuePage';

const officer = { ...supplierOwner, id: 'o1', kind: 'AGENT', roles: ['ETHICS_OFFICER'], supplier: null } as never;

const node = (id: string, extra: object = {}) => ({
  __typename: 'Declaration',
  id,
  kind: 'GIFT',
  status: 'SUBMITTED',
  flags: [],
  anonymous: false,
  supplierName: 'Menuiserie Berrichonne SARL',
  submittedAt: `${addDays(todayInParis(), -3)}T10:00:00.000Z`,
  eventOn: null,
  value: { __typename: 'Money', amount: '45.00', currency: 'EUR' },
  ...extra,
});

const page = (filter: object, nodes: object[], totalCount: number, after?: string, endCursor: string | null = null) => ({
  request: { query: EthicsReviewQueueDocument, variables: { first: 20, filter, ...(after ? { after } : {}) } },
  result: {
    data: {
      declarations: {
        __typename: 'DeclarationConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage: !!endCursor },
        edges: nodes.map((n) => ({ __typename: 'DeclarationEdge', node: n })),
      },
    },
  },
});

describe('ReviewQueuePage', () => {
  it('filters through the address, shows flags and age, and pages on', async () => {
    const flagged = { kind: 'CONFLICT_OF_INTEREST', flag: 'PRIORITY_REVIEW', submittedBefore: addDays(todayInParis(), -7) };
    renderPage(<ReviewQueuePage />, {
      path: '/back-office/deontologie',
      route: '/back-office/deontologie',
      mocks: [
        viewerMock(officer),
        page({}, [node('d1'), node('d2', { anonymous: true, supplierName: null, kind: 'ANTI_COMPETITIVE_PRACTICE', value: null })], 3, undefined, 'c2'),
        page({}, [node('d3', { status: 'ACKNOWLEDGED' })], 3, 'c2'),
        page(flagged, [node('d4', { kind: 'CONFLICT_OF_INTEREST', flags: ['PRIORITY_REVIEW'], submittedAt: `${addDays(todayInParis(), -10)}T10:00:00.000Z`, value: null })], 1),
      ],
    });

    expect(await screen.findByText('3 déclarations')).toBeTruthy();
    const table = screen.getByRole('table', { name: "Déclarations, les plus récentes d'abord" });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('link', { name: /^Pratique anticoncurrentielle, Anonyme/ })).toBeTruthy();
    expect(table.textContent).toContain('3 jours');
    expect(screen.getByText('2 affichées sur 3.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Afficher plus de déclarations' }));
    expect(await screen.findByText('3 affichées sur 3.')).toBeTruthy();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Afficher plus de déclarations' })).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('3 affichées sur 3.'));

    const filters = screen.getByRole('search', { name: 'Filtrer les déclarations' });
    fireEvent.change(within(filters).getByLabelText('Type'), { target: { value: 'CONFLICT_OF_INTEREST' } });
    fireEvent.change(within(filters).getByLabelText('Signalement'), { target: { value: 'PRIORITY_REVIEW' } });
    fireEvent.change(within(filters).getByLabelText('Ancienneté'), { target: { value: '7' } });
    fireEvent.click(within(filters).getByRole('button', { name: 'Filtrer' }));

    expect(await screen.findByText('1 déclaration correspond à ces filtres')).toBeTruthy();
    const row = within(screen.getByRole('table')).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('Examen prioritaire');
    expect(row.textContent).toContain('10 jours');
    expect(within(row).getByRole('link').getAttribute('href')).toBe('/back-office/deontologie/declarations/d4');
    expect(screen.getByRole('link', { name: 'Effacer les filtres' })).toBeTruthy();
  });
});

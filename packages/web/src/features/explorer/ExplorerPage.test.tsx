import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, supplierOwner, viewerMock } from '../../test/render';
import ExplorerPage from './ExplorerPage';

const agent = { ...supplierOwner, id: 'a1', kind: 'AGENT', roles: ['AUDITOR'], supplier: null } as never;
const ref = (name: string, kind = 'SCALAR') => ({ kind, name, ofType: null });
const nonNull = (ofType: object) => ({ kind: 'NON_NULL', name: null, ofType });
const field = (name: string, type: object, description: string, args: object[] = []) => ({ name, description, type, args, isDeprecated: false, deprecationReason: null });
const type = (kind: string, name: string, description: string, rest: object = {}) => ({ kind, name, description, fields: null, inputFields: null, enumValues: null, ...rest });

const schema = {
  queryType: { name: 'Query' },
  mutationType: null,
  types: [
    type('OBJECT', 'Query', 'Lectures.', {
      fields: [
        field('spaserReport', nonNull(ref('SpaserReport', 'OBJECT')), "Les indicateurs SPASER d'une année.", [
          { name: 'year', description: 'Année civile.', defaultValue: null, type: nonNull(ref('Int')) },
        ]),
      ],
    }),
    type('OBJECT', 'SpaserReport', 'Le rapport annuel.', { fields: [field('year', nonNull(ref('Int')), 'Année civile.'), field('payments', nonNull(ref('PaymentFigures', 'OBJECT')), 'Paiements.')] }),
    type('OBJECT', 'PaymentFigures', 'Les paiements.', { fields: [field('averageDelayDays', ref('Float'), 'Délai moyen observé (jours).')] }),
    type('ENUM', 'Role', 'Un rôle.', { enumValues: [{ name: 'ADMIN', description: 'Administrateur.' }] }),
    type('SCALAR', 'Int', 'Entier.'),
    type('SCALAR', 'Float', 'Décimal.'),
    type('OBJECT', '__Schema', 'Introspection.', { fields: [] }),
  ],
};

type Body = { query: string; variables?: Record<string, unknown> };

function serve(answer: (body: Body) => { status?: number; json: unknown }) {
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const { status = 200, json } = answer(JSON.parse(init.body as string) as Body);
    return new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('ExplorerPage', () => {
  it('runs a query with its variables and shows the JSON answer, announced', async () => {
    const fetch = serve((body) =>
      body.query.includes('__schema')
        ? { json: { data: { __schema: schema } } }
        : { json: { data: { spaserReport: { payments: { averageDelayDays: 18.8 } } } } },
    );
    renderPage(<ExplorerPage />, { mocks: [viewerMock(agent)] });
    const query = screen.getByLabelText(/Requête GraphQL/) as HTMLTextAreaElement;
    expect(query.value).toContain('spaserReport(year: $year)');
    fireEvent.change(query, { target: { value: 'query R($year: Int!) { spaserReport(year: $year) { payments { averageDelayDays } } }' } });
    fireEvent.change(screen.getByLabelText(/Variables \(JSON\)/), { target: { value: '{ "year": 2021 }' } });
    fireEvent.click(screen.getByRole('button', { name: 'Exécuter' }));

    expect(await screen.findByText('Résultat reçu (HTTP 200).')).toBeTruthy();
    expect(screen.getByText('Résultat reçu (HTTP 200).').getAttribute('role')).toBe('status');
    expect(screen.getByRole('region', { name: 'Requête' }).querySelector('pre')!.textContent).toContain('"averageDelayDays": 18.8');
    const [url, init] = fetch.mock.calls.at(-1)!;
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(JSON.parse(init.body as string)).toEqual({ query: expect.stringContaining('spaserReport'), variables: { year: 2021 } });
  });

  it('shows the errors clearly, and refuses variables that are not JSON', async () => {
    serve((body) =>
      body.query.includes('__schema')
        ? { json: { data: { __schema: schema } } }
        : { status: 400, json: { errors: [{ message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] } },
    );
    renderPage(<ExplorerPage />, { mocks: [viewerMock(agent)] });
    const variables = screen.getByLabelText(/Variables \(JSON\)/);
    fireEvent.change(variables, { target: { value: '{ year: 2021 }' } });
    fireEvent.click(screen.getByRole('button', { name: 'Exécuter' }));
    expect(await screen.findByText(/Ce n'est pas du JSON valide/)).toBeTruthy();
    expect(document.activeElement).toBe(variables);
    expect(screen.getByText('Les variables ne sont pas valides : la requête n\'est pas partie.')).toBeTruthy();

    fireEvent.change(variables, { target: { value: '' } });
    fireEvent.change(screen.getByLabelText(/Requête GraphQL/), { target: { value: '{ nope }' } });
    fireEvent.keyDown(screen.getByLabelText(/Requête GraphQL/), { key: 'Enter', ctrlKey: true });
    expect(await screen.findByText('Résultat reçu avec 1 erreur (HTTP 400).')).toBeTruthy();
    expect(screen.getByText('Le serveur signale 1 erreur :').closest('.alert')!.textContent).toContain('Cannot query field "nope" on type "Query". (GRAPHQL_VALIDATION_FAILED)');
  });

  it("documents the schema's types, filters them, and inserts an example for a Query field", async () => {
    serve(() => ({ json: { data: { __schema: schema } } }));
    renderPage(<ExplorerPage />, { mocks: [viewerMock(agent)] });
    const docs = screen.getByRole('region', { name: 'Documentation du schéma' });
    const query = await within(docs).findByRole('article', { name: /^Query/ });
    expect(query.textContent).toContain("Les indicateurs SPASER d'une année.");
    expect(within(query).getByRole('list', { name: 'Arguments' }).textContent).toContain('year : Int! — Année civile.');
    expect(within(docs).getByText('6 types')).toBeTruthy();

    fireEvent.change(within(docs).getByLabelText(/Filtrer les types/), { target: { value: 'payment' } });
    const types = within(docs).getByRole('list', { name: 'Types du schéma' });
    expect(within(types).getAllByRole('button').map((b) => b.textContent)).toEqual(['PaymentFigures']);
    fireEvent.click(within(types).getByRole('button', { name: 'PaymentFigures' }));
    const payment = await within(docs).findByRole('article', { name: /^PaymentFigures/ });
    expect(payment.textContent).toContain('Délai moyen observé (jours).');
    await waitFor(() => expect(document.activeElement).toBe(within(payment).getByRole('heading')));

    fireEvent.change(within(docs).getByLabelText(/Filtrer les types/), { target: { value: '' } });
    fireEvent.click(within(docs).getByRole('button', { name: 'Query' }));
    fireEvent.click(await within(docs).findByRole('button', { name: 'Insérer un exemple : spaserReport' }));
    const box = screen.getByLabelText(/Requête GraphQL/) as HTMLTextAreaElement;
    expect(box.value).toBe('query SpaserReport($year: Int!) {\n  spaserReport(year: $year) {\n    year\n    payments {\n      averageDelayDays\n    }\n  }\n}');
    expect(JSON.parse((screen.getByLabelText(/Variables \(JSON\)/) as HTMLTextAreaElement).value)).toEqual({ year: new Date().getFullYear() });
    expect(document.activeElement).toBe(box);
    expect(screen.getByText('Exemple inséré dans la requête : spaserReport.')).toBeTruthy();
  });

  it('says when the schema cannot be read', async () => {
    serve(() => ({ json: { errors: [{ message: 'Le schéma se consulte une fois connecté comme agent de la Région.', extensions: { code: 'FORBIDDEN' } }] } }));
    renderPage(<ExplorerPage />, { mocks: [viewerMock(agent)] });
    expect(await screen.findByText("La documentation du schéma n'a pas pu être chargée.")).toBeTruthy();
    expect(screen.getByText(/Le schéma se consulte une fois connecté/)).toBeTruthy();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompanyDocument, InviteColleagueDocument, RemoveColleagueDocument } from '../../gql/graphql';
import { renderPage, supplierOwner } from '../../test/render';
import CompanyPage from './CompanyPage';

const user = (id: string, displayName: string, email: string, isOwner: boolean) => ({
  __typename: 'SupplierUser' as const,
  id,
  displayName,
  email,
  isOwner,
  status: 'ACTIVE' as const,
  createdAt: '2026-01-05T09:00:00.000Z',
  lastSignInAt: null,
});

const owner = user(supplierOwner.id, 'Claire Berthon', 'gerante@menuiserie-berrichonne.example', true);
const member = user('u2', 'Hugo Martin', 'compta@menuiserie-berrichonne.example', false);

const company = (users: ReturnType<typeof user>[]) => ({
  request: { query: CompanyDocument },
  result: {
    data: {
      viewer: {
        __typename: 'Viewer',
        id: supplierOwner.id,
        roles: ['SUPPLIER_OWNER'],
        supplier: {
          __typename: 'Supplier',
          id: 's1',
          legalName: 'Menuiserie Berrichonne SARL',
          siret: '38012986600014',
          siren: '380129866',
          address: { __typename: 'Address', line: '12 rue des Ébénistes', postalCode: '18000', city: 'Bourges' },
          department: '18',
          isRegional: true,
          sizeCategory: 'MICRO',
          sizeYear: 2025,
          nafCode: '16.23Z',
          contactEmail: 'contact@menuiserie-berrichonne.example',
          users,
        },
      },
    },
  },
});

describe('CompanyPage', () => {
  it('removes a colleague after confirmation', async () => {
    const removal = {
      request: { query: RemoveColleagueDocument, variables: { userId: 'u2' } },
      result: { data: { removeColleague: { __typename: 'Supplier', id: 's1', users: [owner] } } },
    };
    renderPage(<CompanyPage />, { mocks: [company([owner, member]), removal] });

    expect(await screen.findByRole('rowheader', { name: 'Hugo Martin' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retirer Claire Berthon' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Retirer Hugo Martin' }));

    const dialog = screen.getByRole('dialog', { name: 'Retirer cet utilisateur ?' });
    expect(dialog.hasAttribute('open')).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retirer' }));

    await waitFor(() => expect(dialog.hasAttribute('open')).toBe(false));
    expect(screen.queryByRole('rowheader', { name: 'Hugo Martin' })).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Hugo Martin a été retiré(e)');
  });

  it("shows the server's refusal next to the form and keeps what was typed", async () => {
    const conflict = {
      request: {
        query: InviteColleagueDocument,
        variables: { input: { displayName: 'Léa Petit', email: 'lea@example.fr', owner: true } },
      },
      result: { errors: [{ message: "L'adresse lea@example.fr a déjà un compte sur la plateforme.", extensions: { code: 'CONFLICT' } }] },
    };
    renderPage(<CompanyPage />, { mocks: [company([owner]), conflict] });

    const form = (await screen.findByRole('heading', { name: 'Inviter un collègue' })).closest('section')!;
    fireEvent.change(within(form).getByLabelText(/Nom et prénom/), { target: { value: 'Léa Petit' } });
    fireEvent.change(within(form).getByLabelText(/Adresse e-mail/), { target: { value: 'lea@example.fr' } });
    fireEvent.click(within(form).getByLabelText(/Responsable du compte/));
    fireEvent.click(within(form).getByRole('button', { name: "Envoyer l'invitation" }));

    expect((await within(form).findByRole('alert')).textContent).toContain('a déjà un compte');
    expect(within(form).getByLabelText<HTMLInputElement>(/Nom et prénom/).value).toBe('Léa Petit');
    expect(within(form).getByLabelText<HTMLInputElement>(/Adresse e-mail/).value).toBe('lea@example.fr');
    expect(within(form).getByLabelText<HTMLInputElement>(/Responsable du compte/).checked).toBe(true);
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AcceptCharterDocument, MyCharterStatusDocument } from '../../gql/graphql';
import { renderPage, supplierOwner, viewerMock } from '../../test/render';
import CharterPage from './CharterPage';

const charter = (version: number) => ({
  __typename: 'EthicsCharter' as const,
  id: `c${version}`,
  version,
  title: 'Charte de déontologie des fournisseurs',
  body: '# Charte de déontologie des fournisseurs\n\n## Cadeaux et invitations\nAu-delà de **73 €** par an, ils sont interdits.',
  publishedAt: '2026-06-01T08:00:00.000Z',
});
const acceptance = (version: number, userName: string, acceptedAt: string) => ({ __typename: 'CharterAcceptance' as const, version, userName, acceptedAt });
const status = (accepted: boolean, history: ReturnType<typeof acceptance>[]) => ({ __typename: 'CharterStatus' as const, accepted, current: charter(2), history });

describe('CharterPage', () => {
  it('asks for a new version, refuses without "I have read", then accepts and says who accepted', async () => {
    const v1 = acceptance(1, 'Hugo Martin', '2026-01-10T09:00:00.000Z');
    let accepted = 0;
    renderPage(<CharterPage />, {
      path: '/deontologie',
      mocks: [
        viewerMock(supplierOwner),
        { request: { query: MyCharterStatusDocument }, result: { data: { myCharterStatus: status(false, [v1]) } } },
        {
          request: { query: AcceptCharterDocument, variables: { version: 2 } },
          result: () => {
            accepted++;
            return { data: { acceptCharter: status(true, [acceptance(2, 'Claire Berthon', '2026-11-26T09:30:00.000Z'), v1]) } };
          },
        },
      ],
    });
    expect(await screen.findByText('Une nouvelle version de la charte (version 2) attend l\'acceptation de votre entreprise.')).toBeTruthy();
    expect(screen.getByText('Votre entreprise avait accepté la version 1 le 10 janvier 2026, par Hugo Martin.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Cadeaux et invitations' })).toBeTruthy();

    const box = screen.getByRole('checkbox', { name: "J'ai lu la charte" });
    fireEvent.click(screen.getByRole('button', { name: 'Accepter la charte' }));
    expect(document.activeElement).toBe(box);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(box.getAttribute('aria-describedby')!)!.textContent).toContain("Cochez « J'ai lu la charte »");
    expect(accepted).toBe(0);

    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Accepter la charte' }));
    expect(await screen.findByText('Merci : votre entreprise a accepté la version 2 de la charte.')).toBeTruthy();
    expect(accepted).toBe(1);
    expect(screen.getByText(/Votre entreprise a accepté la version 2 de la charte le 26 novembre 2026, par Claire Berthon\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accepter la charte' })).toBeNull();
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(3));
  });
});

import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AgentSsoDocument, SignInDocument } from '../../gql/graphql';
import { renderPage, viewerMock } from '../../test/render';
import SignInPage from './SignInPage';

function fill(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/Adresse e-mail/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/Mot de passe/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('SignInPage', () => {
  it("shows the server's message in an alert and keeps what was typed", async () => {
    const mocks = [
      viewerMock(null),
      {
        request: { query: SignInDocument, variables: { email: 'gerante@example.fr', password: 'mauvais mot de passe' } },
        result: { errors: [{ message: 'Adresse e-mail ou mot de passe incorrect.', extensions: { code: 'UNAUTHENTICATED' } }] },
      },
    ];
    renderPage(<SignInPage />, { mocks, path: '/connexion' });
    fill('gerante@example.fr', 'mauvais mot de passe');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(screen.getByLabelText<HTMLInputElement>(/Adresse e-mail/).value).toBe('gerante@example.fr');
  });

  it('says which field is missing, tied to the field', () => {
    renderPage(<SignInPage />, { mocks: [viewerMock(null)], path: '/connexion' });
    fill('', '');
    const email = screen.getByLabelText(/Adresse e-mail/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(email.getAttribute('aria-describedby')!);
    expect(described?.textContent).toBe('Saisissez votre adresse e-mail.');
  });

  it('links agents to the Region sign-in when the server says SSO is configured, and explains a refusal', async () => {
    const mocks = [viewerMock(null), { request: { query: AgentSsoDocument }, result: { data: { agentSsoEnabled: true } } }];
    renderPage(<SignInPage />, { mocks, path: '/connexion', route: '/connexion?sso=no-role' });
    const link = await screen.findByRole('link', { name: 'Agents de la Région : se connecter avec le compte Région' });
    expect(link.getAttribute('href')).toBe('/auth/oidc/start');
    expect(screen.getByRole('alert').textContent).toContain('Votre compte Région ne donne aucun rôle dans SPASER');
  });
});

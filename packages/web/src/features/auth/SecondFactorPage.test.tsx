import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SecondFactorStepDocument, VerifySecondFactorDocument } from '../../gql/graphql';
import { renderPage } from '../../test/render';
import SecondFactorPage from './SecondFactorPage';

const step = (value: 'VERIFY' | 'ENROL' | null) => ({ request: { query: SecondFactorStepDocument }, result: { data: { secondFactorStep: value } } });

describe('SecondFactorPage', () => {
  it('asks for the code, says when it is missing, and shows the server refusal', async () => {
    const mocks = [
      step('VERIFY'),
      {
        request: { query: VerifySecondFactorDocument, variables: { code: '123456' } },
        result: { errors: [{ message: 'Code incorrect ou expiré.', extensions: { code: 'BAD_USER_INPUT' } }] },
      },
    ];
    renderPage(<SecondFactorPage />, { mocks, path: '/connexion/verification' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Vérification en deux étapes' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Valider' }));
    const field = screen.getByLabelText(/Code de vérification/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('autocomplete')).toBe('one-time-code');
    fireEvent.change(field, { target: { value: ' 123456 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Code incorrect ou expiré.');
  });

  it('sends back to the sign-in page when no sign-in is waiting', async () => {
    renderPage(<SecondFactorPage />, { mocks: [step(null)], path: '/connexion/verification' });
    expect(await screen.findByText(/Aucune connexion n'attend de vérification/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Retour à la connexion' }).getAttribute('href')).toBe('/connexion');
  });

  it('goes to the enrolment when the agent has no app yet', async () => {
    renderPage(<SecondFactorPage />, { mocks: [step('ENROL')], path: '/connexion/verification' });
    expect(await screen.findByText('elsewhere')).toBeTruthy();
  });
});

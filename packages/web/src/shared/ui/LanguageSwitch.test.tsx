import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { SetLocaleDocument } from '../../gql/graphql';
import { renderPage, supplierOwner, viewerMock } from '../../test/render';
import { LanguageSwitch } from './LanguageSwitch';

function Screen() {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('nav.home')}</p>
      <LanguageSwitch />
    </>
  );
}

describe('LanguageSwitch', () => {
  it('switches the texts and <html lang>, and remembers the choice', async () => {
    renderPage(<Screen />, { mocks: [viewerMock(null)] });
    expect(screen.getByText('Tableau de bord')).toBeTruthy();
    const button = screen.getByRole('button', { name: 'English' });
    expect(button.getAttribute('lang')).toBe('en');

    fireEvent.click(button);

    expect(await screen.findByText('Dashboard')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('spaser.language')).toBe('en');
    fireEvent.click(screen.getByRole('button', { name: 'Français' }));
    expect(await screen.findByText('Tableau de bord')).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
  });

  it("saves the choice to the signed-in user's account", async () => {
    let saved: unknown = null;
    const setLocale = {
      request: { query: SetLocaleDocument, variables: { locale: 'EN' } },
      result: () => {
        saved = 'EN';
        return { data: { setLocale: { __typename: 'Viewer', id: supplierOwner.id, locale: 'EN' } } };
      },
    };
    renderPage(<Screen />, { mocks: [viewerMock(supplierOwner), setLocale] });
    fireEvent.click(await screen.findByRole('button', { name: 'English' }));
    await waitFor(() => expect(saved).toBe('EN'));
  });

  it("applies the account's language when this device has no choice of its own", async () => {
    renderPage(<Screen />, { mocks: [viewerMock({ ...supplierOwner, locale: 'EN' as never })] });
    expect(await screen.findByText('Dashboard')).toBeTruthy();
    expect(localStorage.getItem('spaser.language')).toBeNull();
  });
});

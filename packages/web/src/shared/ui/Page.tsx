import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigationType } from 'react-router';

/** A page: its title names the browser tab, and it receives the focus after each navigation. */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  // After a link or a redirect; a page (re)loaded or reached with Back leaves the focus to the browser.
  const navigated = useNavigationType() !== 'POP';

  useEffect(() => {
    document.title = `${title} — ${t('app.product')} — ${t('app.region')}`;
  }, [title, t]);

  useEffect(() => {
    if (navigated) heading.current?.focus();
    // On a new page only: a new query string (a search, a filter) keeps the focus where it is.
  }, [pathname]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}

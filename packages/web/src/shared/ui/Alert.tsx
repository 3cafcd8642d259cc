import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { serverMessages } from '../errors';
import { Button } from './Button';

type Tone = 'error' | 'success' | 'info';

/** Errors interrupt (role=alert); confirmations and notes wait their turn (role=status). */
export function Alert({ tone, title, children }: { tone: Tone; title?: string; children: ReactNode }) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <p className="alert__title">{title}</p>}
      {children}
    </div>
  );
}

/**
 * What went wrong, in the server's own words (French), or a network message in the page's language;
 * with `onRetry`, a button to try again (a failed promise is ignored: the alert stays).
 */
export function ErrorAlert({ error, onRetry, children }: { error: unknown; onRetry?: () => Promise<unknown> | void; children?: ReactNode }) {
  const { t } = useTranslation();
  if (!error) return null;
  const messages = serverMessages(error);
  return (
    <Alert tone="error">
      {messages ? (
        messages.map((m, i) => (
          <p key={i} lang="fr">
            {m}
          </p>
        ))
      ) : (
        <p>{t('errors.network')}</p>
      )}
      {children}
      {onRetry && (
        <p>
          <Button variant="secondary" onClick={() => void Promise.resolve(onRetry()).catch(() => undefined)}>
            {t('common.retry')}
          </Button>
        </p>
      )}
    </Alert>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

import { useEffect, useRef, useState } from 'react';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/TextField';
import { useIndicatorsT } from '../indicators/indicators-i18n';
import type { Created } from './CreateTokenForm';
import { curlExample } from './tokens';

/**
 * The secret of the token just created, shown this once (the server keeps only its hash): a
 * read-only field, a copy button, and how a script uses it. It takes the focus when it appears.
 */
export function NewTokenSecret({ created, onDone }: { created: Created; onDone: () => void }) {
  const t = useIndicatorsT();
  const panel = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => panel.current?.focus(), [created.secret]);

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <section ref={panel} tabIndex={-1} className="new-token" aria-labelledby="new-token-title">
      <h2 id="new-token-title">{t('apiTokens.secret.title', { name: created.name })}</h2>
      <p className="new-token__warning">
        <strong>{t('apiTokens.secret.warning')}</strong>
      </p>
      <TextField
        label={t('apiTokens.secret.label')}
        readOnly
        value={created.secret}
        className="new-token__field"
        spellCheck={false}
        autoComplete="off"
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="actions">
        <Button variant="secondary" onClick={() => void onCopy()}>
          {t('apiTokens.secret.copy')}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          {t('apiTokens.secret.done')}
        </Button>
      </p>
      <p role="status">{copy === 'copied' ? t('apiTokens.secret.copied') : copy === 'failed' ? t('apiTokens.secret.copyFailed') : ''}</p>
      <h3 id="new-token-example">{t('apiTokens.secret.example')}</h3>
      <pre className="new-token__example" tabIndex={0} aria-labelledby="new-token-example">
        <code>{curlExample(window.location.origin, created.secret)}</code>
      </pre>
    </section>
  );
}

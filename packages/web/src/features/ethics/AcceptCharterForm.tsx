import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { errorCode } from '../../shared/errors';
import { ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { AcceptCharterMutation, MyCharterStatusQuery } from './charter-documents';
import { useEthicsT } from './ethics-i18n';

/**
 * "I have read the charter" and the button that accepts the version in force for the supplier.
 * A version published meanwhile is refused by the server: the page then shows the new one.
 */
export function AcceptCharterForm({ version, supplierName, onAccepted }: { version: number; supplierName: string | null; onAccepted: (version: number) => void }) {
  const t = useEthicsT();
  const id = useId();
  const box = useRef<HTMLInputElement>(null);
  const [read, setRead] = useState(false);
  const [missing, setMissing] = useState(false);
  const [accept, { loading, error, client }] = useMutation(AcceptCharterMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MyCharterStatusQuery, data: { myCharterStatus: data.acceptCharter } });
    },
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    if (!read) {
      setMissing(true);
      box.current?.focus();
      return;
    }
    const result = await accept({ variables: { version } }).catch((e: unknown) => {
      // Another version is in force now: read it again.
      if (errorCode(e) === 'CONFLICT') void client.refetchQueries({ include: [MyCharterStatusQuery] });
      return null;
    });
    if (result?.data) onAccepted(version);
  }

  const errorId = `${id}-error`;
  return (
    <form id="accepter" className="form" noValidate aria-labelledby={`${id}-title`} onSubmit={(e) => void onSubmit(e)}>
      <h2 id={`${id}-title`}>{t('ethics.charter.accept.title')}</h2>
      <p>{supplierName ? t('ethics.charter.accept.intro', { version, supplier: supplierName }) : t('ethics.charter.accept.introNoName', { version })}</p>
      <div className={['field', 'field--checkbox', 'ethics-check', missing && 'field--invalid'].filter(Boolean).join(' ')}>
        <input
          ref={box}
          id={`${id}-read`}
          type="checkbox"
          checked={read}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? errorId : undefined}
          onChange={(e) => {
            setRead(e.target.checked);
            if (e.target.checked) setMissing(false);
          }}
        />
        <label htmlFor={`${id}-read`}>{t('ethics.charter.accept.read')}</label>
        {missing && (
          <p className="field__error" id={errorId}>
            {t('ethics.charter.accept.readMissing')}
          </p>
        )}
      </div>
      <ErrorAlert error={error} />
      <Button type="submit" busy={loading}>
        {t('ethics.charter.accept.submit')}
      </Button>
    </form>
  );
}

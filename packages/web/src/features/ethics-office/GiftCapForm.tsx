import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { fieldErrors } from '../../shared/errors';
import { formatLocalDate } from '../../shared/format';
import { formatMoney } from '../../shared/money';
import { Alert, ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/TextField';
import { type GiftCapForm as Values, giftCapInput } from './gift-cap';
import { useOfficeT } from './office-i18n';
import { addDays } from './queue-query';

const SetGiftCapMutation = graphql(`
  mutation EthicsSetGiftCap($amount: String!, $effectiveFrom: String!) {
    setGiftCap(amount: $amount, effectiveFrom: $effectiveFrom) {
      effectiveFrom
      value {
        amount
        currency
      }
    }
  }
`);

/** A new cap from a date on; declarations already filed keep the flags of their day. */
export function GiftCapForm({ today }: { today: string }) {
  const t = useOfficeT();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>({ amount: '', effectiveFrom: addDays(today, 1) });
  const [problems, setProblems] = useState<Partial<Record<keyof Values, string>>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading, error }] = useMutation(SetGiftCapMutation, { refetchQueries: ['EthicsGiftCaps'], awaitRefetchQueries: true });
  const server = fieldErrors(error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    setSaved(null);
    const input = giftCapInput(values);
    if ('problems' in input) {
      setProblems(Object.fromEntries(Object.entries(input.problems).map(([field, problem]) => [field, t(`ethicsOffice.capForm.problems.${problem}`)])));
      setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setProblems({});
    const result = await save({ variables: input }).catch(() => null);
    if (result?.data) {
      const cap = result.data.setGiftCap;
      setSaved(t('ethicsOffice.capForm.saved', { value: formatMoney(cap.value), date: formatLocalDate(cap.effectiveFrom) }));
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('ethicsOffice.capForm.title')}</h2>
      <p>{t('ethicsOffice.capForm.intro')}</p>
      <p className="callout">{t('ethicsOffice.capForm.keepFlags')}</p>
      <form ref={form} className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          label={t('ethicsOffice.capForm.amount')}
          hint={t('ethicsOffice.capForm.amountHint')}
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          required
          value={values.amount}
          error={problems.amount ?? server.amount}
          onChange={(e) => setValues({ ...values, amount: e.target.value })}
        />
        <TextField
          label={t('ethicsOffice.capForm.effectiveFrom')}
          hint={t('ethicsOffice.capForm.effectiveFromHint')}
          name="effectiveFrom"
          type="date"
          required
          value={values.effectiveFrom}
          error={problems.effectiveFrom ?? server.effectiveFrom}
          onChange={(e) => setValues({ ...values, effectiveFrom: e.target.value })}
        />
        {error && !server.amount && !server.effectiveFrom && <ErrorAlert error={error} />}
        {saved && (
          <Alert tone="success">
            <p>{saved}</p>
          </Alert>
        )}
        <Button type="submit" busy={loading}>
          {t('ethicsOffice.capForm.submit')}
        </Button>
      </form>
    </section>
  );
}

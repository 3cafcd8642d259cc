import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { InterestReview } from '../../gql/graphql';
import { fieldErrors } from '../../shared/errors';
import { isLocalDate, todayInParis } from '../../shared/format';
import { formatMoney, type MoneyValue, parseDecimalInput } from '../../shared/money';
import { Alert, ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/TextField';

const ReviewInterestMutation = graphql(`
  mutation ReviewInvoiceInterest($invoiceId: ID!, $decision: InterestReview!, $reason: String) {
    reviewInvoiceInterest(invoiceId: $invoiceId, decision: $decision, reason: $reason) {
      id
      ...InterestFollowUp_invoice
    }
  }
`);

const RecordInterestPaymentMutation = graphql(`
  mutation RecordInterestPayment($invoiceId: ID!, $amount: String!, $paidOn: LocalDate!) {
    recordInterestPayment(invoiceId: $invoiceId, amount: $amount, paidOn: $paidOn) {
      id
      ...InterestFollowUp_invoice
      ...LateInterest_invoice
    }
  }
`);

interface Props {
  invoiceId: string;
  review: InterestReview;
  reviewReason: string | null;
  /** Interest + indemnity as computed, to start the payment form from. */
  owed: MoneyValue | null;
}

/** FINANCE on the back-office page: validate or contest the computed interest, record its payment. */
export function FinanceTools(props: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="finance-tools">
      <h2 id="finance-tools">{t('finance.title')}</h2>
      <ReviewForm {...props} />
      <PaymentForm {...props} />
    </section>
  );
}

function ReviewForm({ invoiceId, review, reviewReason }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [decision, setDecision] = useState<InterestReview>(review === 'PENDING' ? 'VALIDATED' : review);
  const [reason, setReason] = useState(reviewReason ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<InterestReview | null>(null);
  const [save, { loading, error }] = useMutation(ReviewInterestMutation);
  const server = fieldErrors(error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    setDone(null);
    const missing = decision === 'CONTESTED' && !reason.trim();
    setProblem(missing ? t('finance.review.reasonMissing') : null);
    if (missing) return;
    const result = await save({ variables: { invoiceId, decision, reason: decision === 'CONTESTED' ? reason.trim() : null } }).catch(() => null);
    if (result?.data) setDone(decision);
  }

  const reasonError = problem ?? server.reason;
  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('finance.review.title')}</h3>
      <fieldset className="field">
        <legend>{t('finance.review.decision')}</legend>
        {(['VALIDATED', 'CONTESTED'] as const).map((value) => (
          <div key={value} className="field field--checkbox">
            <input id={`${id}-${value}`} type="radio" name="decision" value={value} checked={decision === value} onChange={() => setDecision(value)} />
            <label htmlFor={`${id}-${value}`}>{t(`finance.review.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      {decision === 'CONTESTED' && (
        <div className={['field', reasonError && 'field--invalid'].filter(Boolean).join(' ')}>
          <label htmlFor={`${id}-reason`}>
            {t('finance.review.reason')}
            <span className="field__required"> {t('form.required')}</span>
          </label>
          <p className="field__hint" id={`${id}-reason-hint`}>
            {t('finance.review.reasonHint')}
          </p>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={3}
            maxLength={1000}
            aria-required
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={[`${id}-reason-hint`, reasonError && `${id}-reason-error`].filter(Boolean).join(' ')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          {reasonError && (
            <p className="field__error" id={`${id}-reason-error`}>
              {reasonError}
            </p>
          )}
        </div>
      )}
      <ErrorAlert error={error} />
      {done && (
        <Alert tone="success">
          <p>{t(`finance.review.saved_${done}`)}</p>
        </Alert>
      )}
      <Button type="submit" busy={loading}>
        {t('finance.review.submit')}
      </Button>
    </form>
  );
}

function PaymentForm({ invoiceId, owed }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(() => ({ amount: owed ? formatMoney(owed).replace(/[^\d,.]/g, '') : '', paidOn: todayInParis() }));
  const [problems, setProblems] = useState<{ amount?: string; paidOn?: string }>({});
  const [done, setDone] = useState(false);
  const [save, { loading, error }] = useMutation(RecordInterestPaymentMutation);
  const server = fieldErrors(error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    setDone(false);
    const amount = parseDecimalInput(values.amount);
    const found = {
      amount: amount ? undefined : t('finance.payment.amountInvalid'),
      paidOn: isLocalDate(values.paidOn) ? undefined : t('finance.payment.dateInvalid'),
    };
    setProblems(found);
    if (!amount || found.paidOn) return;
    const result = await save({ variables: { invoiceId, amount, paidOn: values.paidOn } }).catch(() => null);
    if (result?.data) setDone(true);
  }

  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('finance.payment.title')}</h3>
      <TextField
        label={t('finance.payment.amount')}
        hint={t('finance.payment.amountHint')}
        name="amount"
        inputMode="decimal"
        autoComplete="off"
        required
        value={values.amount}
        onChange={(e) => setValues({ ...values, amount: e.target.value })}
        error={problems.amount ?? server.amount}
      />
      <TextField
        label={t('finance.payment.paidOn')}
        type="date"
        name="paidOn"
        required
        value={values.paidOn}
        onChange={(e) => setValues({ ...values, paidOn: e.target.value })}
        error={problems.paidOn ?? server.paidOn}
      />
      <ErrorAlert error={error} />
      {done && (
        <Alert tone="success">
          <p>{t('finance.payment.saved')}</p>
        </Alert>
      )}
      <Button type="submit" busy={loading}>
        {t('finance.payment.submit')}
      </Button>
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatLocalDate } from '../../shared/format';
import { Alert } from '../../shared/ui/Alert';

export const PaymentClockFragment = graphql(`
  fragment PaymentClock_invoice on Invoice {
    id
    status
    receivedOn
    deadline
    paymentIssuedOn
    payment {
      receivedOnSource
      paymentDelayDays
      daysUsed
      daysLeft
      clockStopped
      asOf
      interruption {
        suspendedOn
        reason
        daysLeftAtSuspension
        completedOn
        newDelayDays
      }
    }
  }
`);

const SOURCES = ['IMPORT', 'RECEIVED_EVENT', 'INVOICE_DATE_PLUS_2'] as const;
type Source = (typeof SOURCES)[number];
const isSource = (value: string | null | undefined): value is Source => SOURCES.includes(value as Source);

/** The payment clock: from the receipt to the deadline, the days used and left, and the one interruption. */
export function PaymentClock({ invoice: ref }: { invoice: FragmentType<typeof PaymentClockFragment> }) {
  const { t } = useTranslation();
  const invoice = getFragmentData(PaymentClockFragment, ref);
  const { payment } = invoice;
  const interruption = payment.interruption;
  const rejected = invoice.status === 'REJECTED';

  return (
    <section aria-labelledby="invoice-clock">
      <h2 id="invoice-clock">{t('invoice.clock.title')}</h2>
      {payment.clockStopped && (
        <Alert tone="info" title={t('invoice.clock.stoppedTitle')}>
          <p>{t('invoice.clock.stopped')}</p>
        </Alert>
      )}
      {rejected && <p>{t('invoice.clock.rejected')}</p>}
      <dl className="details">
        <dt>{t('invoice.clock.receivedOn')}</dt>
        <dd>
          {invoice.receivedOn ? formatLocalDate(invoice.receivedOn) : t('invoice.clock.receivedOnNone')}
          {isSource(payment.receivedOnSource) && <span className="details__note">{t(`invoice.clock.source.${payment.receivedOnSource}`)}</span>}
        </dd>
        <dt>{t('invoice.clock.delay')}</dt>
        <dd>{t('invoice.clock.delayDays', { count: payment.paymentDelayDays })}</dd>
        <dt>{t('invoice.clock.deadline')}</dt>
        <dd>
          {invoice.deadline
            ? formatLocalDate(invoice.deadline)
            : rejected
              ? t('invoices.deadlineNone')
              : payment.clockStopped
                ? t('invoices.deadlineSuspended')
                : t('invoices.deadlineUnknown')}
        </dd>
        <dt>{t('invoice.clock.daysUsed')}</dt>
        <dd>{t('invoice.clock.days', { count: payment.daysUsed })}</dd>
        {payment.daysLeft !== null && payment.daysLeft !== undefined && (
          <>
            <dt>{t('invoice.clock.daysLeft')}</dt>
            <dd>
              {t('invoice.clock.days', { count: payment.daysLeft })}
              <span className="details__note">{t('invoice.clock.asOf', { date: formatLocalDate(payment.asOf) })}</span>
            </dd>
          </>
        )}
        <dt>{t('invoice.clock.paymentIssuedOn')}</dt>
        <dd>{invoice.paymentIssuedOn ? formatLocalDate(invoice.paymentIssuedOn) : t('invoice.clock.notYet')}</dd>
        <dt>{t('invoice.clock.interruption')}</dt>
        <dd>
          {!interruption ? (
            t('invoice.clock.interruptionUnused')
          ) : (
            <>
              <span className="details__line">
                {t('invoice.clock.interruptionUsed', { date: formatLocalDate(interruption.suspendedOn), count: interruption.daysLeftAtSuspension })}
              </span>
              {interruption.reason && <span className="details__line">{t('invoice.history.reason', { reason: interruption.reason })}</span>}
              <span className="details__line">
                {interruption.completedOn
                  ? t('invoice.clock.completed', { date: formatLocalDate(interruption.completedOn), count: interruption.newDelayDays ?? 0 })
                  : t('invoice.clock.waiting')}
              </span>
            </>
          )}
        </dd>
      </dl>
    </section>
  );
}

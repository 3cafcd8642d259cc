import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatLocalDate } from '../../shared/format';
import { StatusBadge } from './StatusBadge';

export const InvoiceTimelineFragment = graphql(`
  fragment InvoiceTimeline_invoice on Invoice {
    id
    history {
      on
      status
      portalCode
      reason
      flag
    }
    payment {
      paymentDelayDays
    }
  }
`);

/** The status history in order, each step with what it means in law for the payment delay. */
export function InvoiceTimeline({ invoice: ref }: { invoice: FragmentType<typeof InvoiceTimelineFragment> }) {
  const { t } = useTranslation();
  const invoice = getFragmentData(InvoiceTimelineFragment, ref);
  return (
    <section aria-labelledby="invoice-history">
      <h2 id="invoice-history">{t('invoice.history.title')}</h2>
      {invoice.history.length === 0 ? (
        <p>{t('invoice.history.empty')}</p>
      ) : (
        <ol className="timeline">
          {invoice.history.map((event, i) => (
            <li key={i} className="timeline__event">
              <p className="timeline__head">
                <time dateTime={event.on}>{formatLocalDate(event.on)}</time> <StatusBadge status={event.status} />
                {event.portalCode && <span className="timeline__code"> {t('invoice.history.portalCode', { code: event.portalCode })}</span>}
              </p>
              {event.reason && <p>{t('invoice.history.reason', { reason: event.reason })}</p>}
              <p className="timeline__effect">
                {event.flag === 'NOT_A_LEGAL_INTERRUPTION'
                  ? t('invoice.effect.NOT_A_LEGAL_INTERRUPTION')
                  : t(`invoice.effect.${event.status}`, { days: invoice.payment.paymentDelayDays })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

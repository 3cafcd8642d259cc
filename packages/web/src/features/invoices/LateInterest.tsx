import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatLocalDate } from '../../shared/format';
import { formatMoney, formatPercent } from '../../shared/money';
import { Alert } from '../../shared/ui/Alert';
import { interestOwed } from './interest';

export const LateInterestFragment = graphql(`
  fragment LateInterest_invoice on Invoice {
    id
    status
    daysLate
    estimate
    fallbacks
    rateUnknown
    paymentIssuedOn
    amountInclTax {
      amount
      currency
    }
    lateInterest {
      amount
      currency
    }
    recoveryIndemnity {
      amount
      currency
    }
    contract {
      reference
      isWorks
    }
    payment {
      accruing
      asOf
      lateFrom
      payableBy
      rate {
        ecbRate
        totalRate
        halfYearStart
        toConfirm
      }
    }
  }
`);

/** The late interest, step by step: amount × (ECB rate + 8 points) × days late / 365, plus the 40 € indemnity. */
export function LateInterest({ invoice: ref }: { invoice: FragmentType<typeof LateInterestFragment> }) {
  const { t } = useTranslation();
  const invoice = getFragmentData(LateInterestFragment, ref);
  const owed = interestOwed(invoice);
  const { payment } = invoice;
  const rate = payment.rate;

  return (
    <section aria-labelledby="invoice-interest">
      <h2 id="invoice-interest">{t('interest.title')}</h2>
      {invoice.contract?.isWorks && (
        <Alert tone="info" title={t('interest.worksTitle')}>
          <p>{t('interest.works')}</p>
        </Alert>
      )}
      {!owed.late ? (
        <p>{t(invoice.status === 'REJECTED' ? 'interest.noneRejected' : 'interest.none')}</p>
      ) : (
        <>
          {invoice.estimate && (
            <Alert tone="info" title={t('interest.estimateTitle')}>
              <p>{t('interest.estimateIntro')}</p>
              <ul>
                {invoice.fallbacks.map((f) => (
                  <li key={f}>{t(`interest.fallback.${f}`)}</li>
                ))}
              </ul>
            </Alert>
          )}
          {payment.accruing && (
            <p className="callout">
              <span className="tag tag--warning">{t('interest.accruingTag')}</span> {t('interest.accruing', { date: formatLocalDate(payment.asOf) })}
            </p>
          )}
          <ol className="steps">
            <li>
              <span className="steps__label">{t('interest.steps.amount')}</span> {formatMoney(invoice.amountInclTax)}
            </li>
            <li>
              <span className="steps__label">{t('interest.steps.rate')}</span>{' '}
              {rate ? (
                <>
                  {t('interest.rateFormula', {
                    halfYear: formatLocalDate(rate.halfYearStart),
                    ecb: formatPercent(rate.ecbRate),
                    total: formatPercent(rate.totalRate),
                  })}
                  {rate.toConfirm && (
                    <>
                      {' '}
                      <span className="tag">{t('rates.toConfirm')}</span>
                    </>
                  )}
                </>
              ) : (
                <strong>{t('interest.rateUnknownLong')}</strong>
              )}
            </li>
            <li>
              <span className="steps__label">{t('interest.steps.days')}</span>{' '}
              {t('interest.daysLate', { count: invoice.daysLate })}
              {payment.lateFrom &&
                ` ${t(payment.accruing ? 'interest.daysRangeAccruing' : 'interest.daysRange', {
                  from: formatLocalDate(payment.lateFrom),
                  to: formatLocalDate(invoice.paymentIssuedOn ?? payment.asOf),
                })}`}
            </li>
            <li>
              <span className="steps__label">{t('interest.steps.interest')}</span>{' '}
              {invoice.lateInterest && rate ? (
                <span className="formula">
                  {t('interest.formula', {
                    amount: formatMoney(invoice.amountInclTax),
                    rate: formatPercent(rate.totalRate),
                    days: invoice.daysLate,
                    result: formatMoney(invoice.lateInterest),
                  })}
                </span>
              ) : (
                <strong>{t('interest.rateUnknown')}</strong>
              )}
            </li>
            <li>
              <span className="steps__label">{t('interest.steps.indemnity')}</span> {invoice.recoveryIndemnity ? formatMoney(invoice.recoveryIndemnity) : '—'}{' '}
              <span className="steps__law">{t('interest.indemnityLaw')}</span>
            </li>
            <li className="steps__total">
              <span className="steps__label">{t('interest.steps.total')}</span>{' '}
              {owed.total ? formatMoney(owed.total) : t('interest.totalWithoutInterest', { indemnity: invoice.recoveryIndemnity ? formatMoney(invoice.recoveryIndemnity) : '—' })}
              {invoice.estimate && (
                <>
                  {' '}
                  <span className="tag">{t('interest.estimate')}</span>
                </>
              )}
            </li>
          </ol>
          {payment.payableBy ? (
            <p>
              <strong>{t('interest.payableBy', { date: formatLocalDate(payment.payableBy) })}</strong> {t('interest.payableByLaw')}
            </p>
          ) : (
            <p>{t('interest.payableAfterPayment')}</p>
          )}
          <p className="note">{t('interest.legalBasis')}</p>
        </>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatLocalDate } from '../../shared/format';
import { formatMoney } from '../../shared/money';

export const InterestFollowUpFragment = graphql(`
  fragment InterestFollowUp_invoice on Invoice {
    id
    daysLate
    interestReview
    interestReviewReason
    interestPaid {
      amount
      currency
    }
    interestPaidOn
  }
`);

/** What finance made of the computed interest (validated or contested, and why) and whether it was paid. */
export function InterestFollowUp({ invoice: ref }: { invoice: FragmentType<typeof InterestFollowUpFragment> }) {
  const { t } = useTranslation();
  const invoice = getFragmentData(InterestFollowUpFragment, ref);
  if (invoice.daysLate === 0 && invoice.interestReview === 'PENDING' && !invoice.interestPaid) return null;
  return (
    <section aria-labelledby="invoice-follow-up">
      <h2 id="invoice-follow-up">{t('followUp.title')}</h2>
      <dl className="details">
        <dt>{t('followUp.review')}</dt>
        <dd>
          <span className={`badge badge--${invoice.interestReview === 'VALIDATED' ? 'success' : invoice.interestReview === 'CONTESTED' ? 'danger' : 'neutral'}`}>
            {t(`followUp.reviewStatus.${invoice.interestReview}`)}
          </span>
          <span className="details__note">{t(`followUp.reviewText.${invoice.interestReview}`)}</span>
          {invoice.interestReview === 'CONTESTED' && invoice.interestReviewReason && (
            <span className="details__line">{t('followUp.reason', { reason: invoice.interestReviewReason })}</span>
          )}
        </dd>
        <dt>{t('followUp.paid')}</dt>
        <dd>
          {invoice.interestPaid
            ? t('followUp.paidOn', { amount: formatMoney(invoice.interestPaid), date: invoice.interestPaidOn ? formatLocalDate(invoice.interestPaidOn) : '—' })
            : t('followUp.notPaid')}
        </dd>
      </dl>
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { graphql } from '../../gql';
import { formatMoney } from '../../shared/money';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { listHref } from '../invoices/list-query';
import { AWAITING_PAYMENT } from '../invoices/status';
import '../../i18n/payments';

const PaymentSummaryQuery = graphql(`
  query PaymentSummary {
    paymentSummary {
      awaitingCount
      awaitingAmount {
        amount
        currency
      }
      overdueCount
      interestOwed {
        amount
        currency
      }
      interestOwedEstimate
    }
  }
`);

/** Where the supplier's invoices stand: each card opens the list, filtered to what it counts. */
export function PaymentCards() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PaymentSummaryQuery, { fetchPolicy: 'cache-and-network' });
  const summary = data?.paymentSummary;
  const awaiting = { statuses: [...AWAITING_PAYMENT] };

  return (
    <section aria-labelledby="dashboard-payments">
      <h2 id="dashboard-payments">{t('dashboard.payments.title')}</h2>
      {loading && !summary && <Loading />}
      <ErrorAlert error={error} />
      {summary && (
        <ul className="cards cards--figures">
          <li className="card">
            <h3 className="card__title">
              <Link to={listHref(paths.invoices, awaiting)}>{t('dashboard.payments.awaiting')}</Link>
            </h3>
            <p className="card__figure">{t('dashboard.payments.invoices', { count: summary.awaitingCount })}</p>
            <p>{t('dashboard.payments.awaitingAmount', { amount: formatMoney(summary.awaitingAmount) })}</p>
          </li>
          <li className={`card${summary.overdueCount > 0 ? ' card--alert' : ''}`}>
            <h3 className="card__title">
              <Link to={listHref(paths.invoices, { ...awaiting, lateOnly: true })}>{t('dashboard.payments.overdue')}</Link>
            </h3>
            <p className="card__figure">{t('dashboard.payments.invoices', { count: summary.overdueCount })}</p>
            <p>{t('dashboard.payments.overdueText')}</p>
          </li>
          <li className="card">
            <h3 className="card__title">
              <Link to={listHref(paths.invoices, { lateOnly: true })}>{t('dashboard.payments.interest')}</Link>
            </h3>
            <p className="card__figure">
              {formatMoney(summary.interestOwed)}
              {summary.interestOwedEstimate && (
                <>
                  {' '}
                  <span className="tag">{t('interest.estimate')}</span>
                </>
              )}
            </p>
            <p>{t(summary.interestOwedEstimate ? 'dashboard.payments.interestEstimate' : 'dashboard.payments.interestText')}</p>
          </li>
        </ul>
      )}
    </section>
  );
}

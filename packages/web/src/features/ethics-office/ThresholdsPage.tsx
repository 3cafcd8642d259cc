import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import { formatLocalDate, todayInParis } from '../../shared/format';
import { formatMoney } from '../../shared/money';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { TableWrap } from '../../shared/ui/TableWrap';
import { capInForce } from './gift-cap';
import { GiftCapForm } from './GiftCapForm';
import { useOfficeT } from './office-i18n';
import '../../i18n/ethics-office';
import './ethics-office.css';

const GiftCapsQuery = graphql(`
  query EthicsGiftCaps {
    giftCaps {
      effectiveFrom
      value {
        amount
        currency
      }
    }
  }
`);

/** Without any setting, the French "very low value" gift ceiling applies. */
const DEFAULT_CAP = { amount: '73.00', currency: 'EUR' };

/** The yearly gift cap: its history, the one in force today, and (officer) a new one from a date. */
export default function ThresholdsPage() {
  const t = useOfficeT();
  const viewer = useViewer();
  const officer = !!viewer?.roles.includes('ETHICS_OFFICER');
  const { data, loading, error, refetch } = useQuery(GiftCapsQuery);
  const caps = data?.giftCaps;
  const today = todayInParis();
  const inForce = caps ? capInForce(caps, today) : null;

  return (
    <Page title={t('ethicsOffice.thresholds.title')}>
      <p className="back-link">
        <Link to={paths.ethicsReview}>{t('ethicsOffice.backToQueue')}</Link>
      </p>
      <p className="lead">{t('ethicsOffice.thresholds.intro')}</p>
      {loading && !caps && <Loading />}
      <ErrorAlert error={error} onRetry={refetch} />
      {caps && (
        <>
          <p className="callout">
            {inForce
              ? t('ethicsOffice.thresholds.inForce', { value: formatMoney(inForce.value), date: formatLocalDate(inForce.effectiveFrom) })
              : t('ethicsOffice.thresholds.default', { value: formatMoney(DEFAULT_CAP) })}
          </p>
          <section aria-labelledby="caps-history">
            <h2 id="caps-history">{t('ethicsOffice.thresholds.history')}</h2>
            {caps.length === 0 ? (
              <p>{t('ethicsOffice.thresholds.noHistory')}</p>
            ) : (
              <TableWrap label={t('ethicsOffice.thresholds.tableLabel')}>
                <table className="table">
                  <caption>{t('ethicsOffice.thresholds.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('ethicsOffice.thresholds.effectiveFrom')}</th>
                      <th scope="col" className="num">
                        {t('ethicsOffice.thresholds.value')}
                      </th>
                      <th scope="col">{t('ethicsOffice.thresholds.state')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {caps.map((c) => (
                      <tr key={c.effectiveFrom}>
                        <th scope="row">{formatLocalDate(c.effectiveFrom)}</th>
                        <td className="num nowrap">{formatMoney(c.value)}</td>
                        <td>
                          {c === inForce ? (
                            <span className="badge badge--success">{t('ethicsOffice.thresholds.current')}</span>
                          ) : c.effectiveFrom > today ? (
                            <span className="badge badge--progress">{t('ethicsOffice.thresholds.upcoming')}</span>
                          ) : (
                            <span className="badge badge--neutral">{t('ethicsOffice.thresholds.past')}</span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            )}
          </section>
          {officer ? <GiftCapForm today={today} /> : viewer && <p className="note">{t('ethicsOffice.thresholds.readOnly')}</p>}
        </>
      )}
    </Page>
  );
}

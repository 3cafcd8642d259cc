import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { mayEnter, paths, surveyCampaignPath } from '../../app/access';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import { formatLocalDate } from '../../shared/format';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { TableWrap } from '../../shared/ui/TableWrap';
import { formatRate, shareOf } from '../survey-results/figures';
import { CampaignStatusBadge } from './CampaignStatusBadge';
import '../../i18n/surveys';

const SurveyCampaignsQuery = graphql(`
  query SurveyCampaigns {
    surveyCampaigns(first: 100) {
      id
      title
      year
      status
      opensOn
      closesOn
      stats {
        invited
        answered
      }
    }
  }
`);

/** Every campaign, newest year first, with where it stands (survey team and auditors). */
export default function CampaignListPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { data, loading, error } = useQuery(SurveyCampaignsQuery, { fetchPolicy: 'cache-and-network' });
  const campaigns = data?.surveyCampaigns;

  return (
    <Page title={t('campaigns.title')}>
      <p className="lead">{t('campaigns.intro')}</p>
      {viewer && mayEnter(viewer, 'surveyManager') && (
        <p>
          <Link to={paths.newSurveyCampaign} className="btn btn--primary">
            {t('campaigns.new')}
          </Link>
        </p>
      )}
      {loading && !campaigns && <Loading />}
      <ErrorAlert error={error} />
      {campaigns?.length === 0 && (
        <div className="empty">
          <p>{t('campaigns.empty')}</p>
        </div>
      )}
      {campaigns && campaigns.length > 0 && (
        <TableWrap label={t('campaigns.tableLabel')}>
          <table className="table">
            <caption>{t('campaigns.count', { count: campaigns.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('campaigns.columns.title')}</th>
                <th scope="col">{t('campaigns.columns.year')}</th>
                <th scope="col">{t('campaigns.columns.status')}</th>
                <th scope="col">{t('campaigns.columns.dates')}</th>
                <th scope="col" className="num">
                  {t('campaigns.columns.invited')}
                </th>
                <th scope="col" className="num">
                  {t('campaigns.columns.answered')}
                </th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={surveyCampaignPath(c.id)}>{c.title}</Link>
                  </th>
                  <td>{c.year}</td>
                  <td>
                    <CampaignStatusBadge status={c.status} />
                  </td>
                  <td>{t('campaign.followUp.period', { from: formatLocalDate(c.opensOn), to: formatLocalDate(c.closesOn) })}</td>
                  <td className="num">{c.status === 'DRAFT' ? '—' : c.stats.invited}</td>
                  <td className="num">
                    {c.status === 'DRAFT' ? '—' : t('campaigns.answeredRate', { answered: c.stats.answered, rate: formatRate(shareOf(c.stats.answered, c.stats.invited)) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </Page>
  );
}

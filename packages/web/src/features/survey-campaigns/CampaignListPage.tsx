import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { mayEnter, paths, surveyCampaignPath } from '../../app/access';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import { formatLocalDate } from '../../shared/format';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { LoadMore } from '../../shared/ui/LoadMore';
import { Page } from '../../shared/ui/Page';
import { TableWrap } from '../../shared/ui/TableWrap';
import { formatRate, shareOf } from '../survey-results/figures';
import { CampaignStatusBadge } from './CampaignStatusBadge';
import '../../i18n/surveys';

const SurveyCampaignsQuery = graphql(`
  query SurveyCampaigns($first: Int!, $after: String) {
    surveyCampaigns(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
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
    }
  }
`);

const PAGE_SIZE = 20;

/** Every campaign, newest year first, with where it stands (survey team and auditors). */
export default function CampaignListPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { data, loading, error, fetchMore } = useQuery(SurveyCampaignsQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.surveyCampaigns;
  const campaigns = page?.edges.map((e) => e.node);

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
            <caption>{t('campaigns.count', { count: page?.totalCount ?? campaigns.length })}</caption>
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
      <LoadMore
        page={page}
        loading={loading}
        label={t('campaigns.more')}
        shown={t('campaigns.shown', { shown: page?.edges.length ?? 0, count: page?.totalCount ?? 0 })}
        fetchMore={fetchMore}
      />
    </Page>
  );
}

import '../../i18n/ethics';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { graphql } from '../../gql';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { LoadMore } from '../../shared/ui/LoadMore';
import { Page } from '../../shared/ui/Page';
import { useEthicsT } from './ethics-i18n';
import { MeetingCard } from './MeetingCard';
import './ethics.css';

const MyMeetingsQuery = graphql(`
  query MyMeetings($first: Int!, $after: String) {
    meetings(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          ...MeetingCard_meeting
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/** The meetings the Region's agents recorded with the supplier, each with its written topics to confirm or remark on (once). */
export default function MeetingsPage() {
  const t = useEthicsT();
  const { data, loading, error, refetch, fetchMore } = useQuery(MyMeetingsQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.meetings;
  const meetings = page?.edges.map((e) => e.node);
  return (
    <Page title={t('ethics.meetings.title')}>
      <p className="back-link">
        <Link to={paths.ethics}>{t('ethics.backToEthics')}</Link>
      </p>
      <p className="lead">{t('ethics.meetings.intro')}</p>
      {loading && !meetings && <Loading />}
      <ErrorAlert error={meetings ? null : error} onRetry={refetch} />
      {meetings?.length === 0 && (
        <div className="empty">
          <p>{t('ethics.meetings.empty')}</p>
        </div>
      )}
      {meetings && meetings.length > 0 && (
        <ul className="ethics-list">
          {meetings.map((m) => (
            <li key={m.id}>
              <MeetingCard meeting={m} />
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        page={page}
        loading={loading}
        label={t('ethics.meetings.more')}
        shown={t('ethics.meetings.shown', { shown: page?.edges.length ?? 0, count: page?.totalCount ?? 0 })}
        fetchMore={fetchMore}
      />
    </Page>
  );
}

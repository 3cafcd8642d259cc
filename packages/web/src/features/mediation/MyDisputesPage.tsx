import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { DisputeTable } from './DisputeTable';
import { useMediationT } from './mediation-i18n';
import './mediation.css';

export const DisputeListQuery = graphql(`
  query DisputeList($first: Int!, $after: String, $filter: DisputeFilter) {
    disputes(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          title
          subjectKind
          subjectLabel
          status
          supplierName
          openedAt
          lastActivityAt
        }
      }
    }
  }
`);

export const PAGE_SIZE = 20;

/** The supplier's mediation requests, newest first. */
export default function MyDisputesPage() {
  const t = useMediationT();
  const { data, loading, error, fetchMore, refetch } = useQuery(DisputeListQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const [moreError, setMoreError] = useState<unknown>(null);
  const page = data?.disputes;

  function loadMore() {
    if (loading || !page?.pageInfo.endCursor) return;
    setMoreError(null);
    fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (shown, { fetchMoreResult }) => ({ disputes: { ...fetchMoreResult.disputes, edges: [...shown.disputes.edges, ...fetchMoreResult.disputes.edges] } }),
    }).catch(setMoreError);
  }

  return (
    <Page title={t('mediation.mine.title')}>
      <p className="lead">{t('mediation.mine.intro')}</p>
      <p>
        <Link className="btn btn--primary" to={paths.newDispute}>
          {t('mediation.mine.new')}
        </Link>
      </p>
      <ErrorAlert error={page ? null : error} onRetry={refetch} />
      <p role="status" className="count">
        {page ? t('mediation.mine.count', { count: page.totalCount }) : loading ? t('mediation.loading') : ''}
      </p>
      {page && page.edges.length === 0 && <p className="empty">{t('mediation.mine.empty')}</p>}
      {page && page.edges.length > 0 && <DisputeTable rows={page.edges.map((e) => e.node)} caption={t('mediation.mine.caption')} />}
      <ErrorAlert error={moreError} />
      {page?.pageInfo.hasNextPage && (
        <p>
          <Button variant="secondary" busy={loading} onClick={loadMore}>
            {t('mediation.mine.more')}
          </Button>
        </p>
      )}
    </Page>
  );
}

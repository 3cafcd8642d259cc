import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { graphql } from '../../gql';
import { ListFrame } from '../../shared/ui/ListFrame';
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
  const page = data?.disputes;

  return (
    <ListFrame
      title={t('mediation.mine.title')}
      intro={
        <>
          <p className="lead">{t('mediation.mine.intro')}</p>
          <p>
            <Link className="btn btn--primary" to={paths.newDispute}>
              {t('mediation.mine.new')}
            </Link>
          </p>
        </>
      }
      list={{ page, loading, error: page ? null : error, onRetry: refetch }}
      count={(count) => t('mediation.mine.count', { count })}
      empty={t('mediation.mine.empty')}
      more={{
        label: t('mediation.mine.more'),
        shown: (shown, count) => t('mediation.mine.shown', { shown, count }),
        fetchMore,
      }}
    >
      {page && <DisputeTable rows={page.edges.map((e) => e.node)} caption={t('mediation.mine.caption')} />}
    </ListFrame>
  );
}

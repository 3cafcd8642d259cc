import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/access';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import { todayInParis } from '../../shared/format';
import { ListFrame } from '../../shared/ui/ListFrame';
import { useOfficeT } from './office-i18n';
import { QueueFilters } from './QueueFilters';
import { QueueTable } from './QueueTable';
import { isFiltered, readQueueQuery, toDeclarationFilter, writeQueueQuery } from './queue-query';
import '../../i18n/ethics-office';
import './ethics-office.css';

const ReviewQueueQuery = graphql(`
  query EthicsReviewQueue($first: Int!, $after: String, $filter: DeclarationFilter) {
    declarations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          kind
          status
          flags
          anonymous
          supplierName
          submittedAt
          eventOn
          value {
            amount
            currency
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/**
 * The ethics officer's review queue (read-only for the auditor, who never sees whistleblower
 * reports): declarations filtered by kind, flag, status and age, newest first.
 */
export default function ReviewQueuePage() {
  const t = useOfficeT();
  const viewer = useViewer();
  const officer = !!viewer?.roles.includes('ETHICS_OFFICER');
  const [params, setParams] = useSearchParams();
  const query = readQueueQuery(params);
  const today = todayInParis();
  const { data, loading, error, fetchMore, refetch } = useQuery(ReviewQueueQuery, {
    variables: { first: PAGE_SIZE, filter: toDeclarationFilter(query, today) },
    // Back from a review: the list shows at once and catches up with the decisions just taken.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.declarations;
  const filtered = isFiltered(query);

  return (
    <ListFrame
      title={t('ethicsOffice.queue.title')}
      intro={
        <>
          <p className="lead">{t(officer ? 'ethicsOffice.queue.intro' : 'ethicsOffice.queue.introAuditor')}</p>
          <ul className="actions actions--links">
            <li>
              <Link to={paths.charterEditor}>{t('ethicsOffice.queue.charterLink')}</Link>
            </li>
            <li>
              <Link to={paths.thresholds}>{t('ethicsOffice.queue.thresholdsLink')}</Link>
            </li>
          </ul>
        </>
      }
      filters={<QueueFilters query={query} onApply={(next) => setParams(writeQueueQuery(next))} />}
      clear={filtered && { to: paths.ethicsReview, label: t('ethicsOffice.queue.clear') }}
      list={{ page, loading, error, onRetry: refetch }}
      count={(count) => t(filtered ? 'ethicsOffice.queue.countFiltered' : 'ethicsOffice.queue.count', { count })}
      more={{
        label: t('ethicsOffice.queue.more'),
        shown: (shown, count) => t('ethicsOffice.queue.shown', { shown, count }),
        fetchMore,
      }}
    >
      {page && <QueueTable rows={page.edges.map((e) => e.node)} today={today} queue={params.toString()} />}
    </ListFrame>
  );
}

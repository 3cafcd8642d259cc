import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/access';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import { todayInParis } from '../../shared/format';
import { ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
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
  const { t: tc } = useTranslation();
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
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const shown = useRef<HTMLParagraphElement>(null);
  const page = data?.declarations;
  const filtered = isFiltered(query);

  function loadMore() {
    if (loading || !page?.pageInfo.endCursor) return;
    setLoadMoreError(null);
    fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        declarations: { ...fetchMoreResult.declarations, edges: [...previous.declarations.edges, ...fetchMoreResult.declarations.edges] },
      }),
    })
      .then((result) => {
        // The last page is in: the button goes, the focus goes to how many are shown.
        if (!result.data?.declarations.pageInfo.hasNextPage) setTimeout(() => shown.current?.focus());
      })
      .catch(setLoadMoreError);
  }

  return (
    <Page title={t('ethicsOffice.queue.title')}>
      <p className="lead">{t(officer ? 'ethicsOffice.queue.intro' : 'ethicsOffice.queue.introAuditor')}</p>
      <ul className="actions actions--links">
        <li>
          <Link to={paths.charterEditor}>{t('ethicsOffice.queue.charterLink')}</Link>
        </li>
        <li>
          <Link to={paths.thresholds}>{t('ethicsOffice.queue.thresholdsLink')}</Link>
        </li>
      </ul>
      <QueueFilters query={query} onApply={(next) => setParams(writeQueueQuery(next))} />
      {filtered && (
        <p>
          <Link to={paths.ethicsReview}>{t('ethicsOffice.queue.clear')}</Link>
        </p>
      )}
      <ErrorAlert error={error} onRetry={refetch} />
      <p role="status" className="count">
        {page ? t(filtered ? 'ethicsOffice.queue.countFiltered' : 'ethicsOffice.queue.count', { count: page.totalCount }) : loading ? tc('common.loading') : ''}
      </p>
      {page && page.edges.length > 0 && (
        <>
          <QueueTable rows={page.edges.map((e) => e.node)} today={today} queue={params.toString()} />
          <p className="count" ref={shown} tabIndex={-1}>
            {t('ethicsOffice.queue.shown', { shown: page.edges.length, count: page.totalCount })}
          </p>
        </>
      )}
      <ErrorAlert error={loadMoreError} />
      {page?.pageInfo.hasNextPage && (
        <Button variant="secondary" busy={loading} onClick={loadMore}>
          {t('ethicsOffice.queue.more')}
        </Button>
      )}
    </Page>
  );
}

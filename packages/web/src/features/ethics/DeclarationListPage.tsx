import '../../i18n/ethics';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/access';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { DeclarationFilters } from './DeclarationFilters';
import { DeclarationTable } from './DeclarationTable';
import { useEthicsT } from './ethics-i18n';
import { appendPage, isFiltered, readFilter, toApiFilter, writeFilter } from './list-filter';
import './ethics.css';

const MyDeclarationsQuery = graphql(`
  query MyDeclarations($first: Int!, $after: String, $filter: DeclarationFilter) {
    declarations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          ...DeclarationRow_declaration
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/** The supplier's declarations, newest first, with their review status and the rules' flags. */
export default function DeclarationListPage() {
  const t = useEthicsT();
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const filtered = isFiltered(filter);
  const { data, loading, error, fetchMore, refetch } = useQuery(MyDeclarationsQuery, {
    variables: { first: PAGE_SIZE, filter: toApiFilter(filter) },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [moreError, setMoreError] = useState<unknown>(null);
  const page = data?.declarations;

  function loadMore() {
    if (loading || !page?.pageInfo.endCursor) return;
    setMoreError(null);
    fetchMore({ variables: { after: page.pageInfo.endCursor }, updateQuery: (shown, { fetchMoreResult }) => ({ declarations: appendPage(shown.declarations, fetchMoreResult.declarations) }) }).catch(
      setMoreError,
    );
  }

  return (
    <Page title={t('ethics.list.title')}>
      <p className="back-link">
        <Link to={paths.ethics}>{t('ethics.backToEthics')}</Link>
      </p>
      <p className="lead">{t('ethics.list.intro')}</p>
      <p>
        <Link className="btn btn--primary" to={paths.newDeclaration}>
          {t('ethics.list.new')}
        </Link>
      </p>
      <DeclarationFilters filter={filter} onApply={(next) => setParams(writeFilter(next))} />
      {filtered && (
        <p>
          <Link to={paths.declarations}>{t('ethics.list.filters.clear')}</Link>
        </p>
      )}
      <ErrorAlert error={page ? null : error} onRetry={refetch} />
      <p role="status" className="count">
        {page ? t(filtered ? 'ethics.list.countFiltered' : 'ethics.list.count', { count: page.totalCount }) : loading ? t('ethics.loading') : ''}
      </p>
      {page && page.edges.length === 0 && (
        <div className="empty">
          <p>{t(filtered ? 'ethics.list.emptyFiltered' : 'ethics.list.empty')}</p>
        </div>
      )}
      {page && page.edges.length > 0 && (
        <>
          <DeclarationTable rows={page.edges.map((e) => e.node)} />
          <p className="count">{t('ethics.list.shown', { shown: page.edges.length, count: page.totalCount })}</p>
        </>
      )}
      <ErrorAlert error={moreError} />
      {page?.pageInfo.hasNextPage && (
        <Button variant="secondary" busy={loading} onClick={loadMore}>
          {t('ethics.list.more')}
        </Button>
      )}
    </Page>
  );
}

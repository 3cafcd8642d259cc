import '../../i18n/ethics';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/access';
import { graphql } from '../../gql';
import { ListFrame } from '../../shared/ui/ListFrame';
import { DeclarationFilters } from './DeclarationFilters';
import { DeclarationTable } from './DeclarationTable';
import { useEthicsT } from './ethics-i18n';
import { isFiltered, readFilter, toApiFilter, writeFilter } from './list-filter';
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
  const page = data?.declarations;

  return (
    <ListFrame
      title={t('ethics.list.title')}
      intro={
        <>
          <p className="back-link">
            <Link to={paths.ethics}>{t('ethics.backToEthics')}</Link>
          </p>
          <p className="lead">{t('ethics.list.intro')}</p>
          <p>
            <Link className="btn btn--primary" to={paths.newDeclaration}>
              {t('ethics.list.new')}
            </Link>
          </p>
        </>
      }
      filters={<DeclarationFilters filter={filter} onApply={(next) => setParams(writeFilter(next))} />}
      clear={filtered && { to: paths.declarations, label: t('ethics.list.filters.clear') }}
      list={{ page, loading, error: page ? null : error, onRetry: refetch }}
      count={(count) => t(filtered ? 'ethics.list.countFiltered' : 'ethics.list.count', { count })}
      empty={t(filtered ? 'ethics.list.emptyFiltered' : 'ethics.list.empty')}
      more={{
        label: t('ethics.list.more'),
        shown: (shown, count) => t('ethics.list.shown', { shown, count }),
        fetchMore,
      }}
    >
      {page && <DeclarationTable rows={page.edges.map((e) => e.node)} />}
    </ListFrame>
  );
}

import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { declarationPath } from '../../app/access';
import { graphql } from '../../gql';
import { formatDate } from '../../shared/format';
import type { DeclarationDetail } from './declaration-documents';
import { useEthicsT } from './ethics-i18n';

// The API has no "amended by" field: the supplier's own declarations (at most 100, newest first)
// tell which ones point to this one.
const DeclarationLinksQuery = graphql(`
  query DeclarationLinks {
    declarations(first: 100) {
      edges {
        node {
          id
          amendsId
          submittedAt
        }
      }
    }
  }
`);

/** The declaration this one corrects, and the ones that correct it. */
export function Amendments({ declaration: d }: { declaration: Pick<DeclarationDetail, 'id' | 'amendsId'> }) {
  const t = useEthicsT();
  const { data } = useQuery(DeclarationLinksQuery, { fetchPolicy: 'cache-and-network' });
  const nodes = data?.declarations.edges.map((e) => e.node) ?? [];
  const amended = d.amendsId ? nodes.find((n) => n.id === d.amendsId) : undefined;
  const amendedBy = nodes.filter((n) => n.amendsId === d.id);
  if (!d.amendsId && !amendedBy.length) return null;
  return (
    <section aria-labelledby="declaration-amendments" className="callout callout--action">
      <h2 id="declaration-amendments" className="visually-hidden">
        {t('ethics.declaration.amendments.title')}
      </h2>
      {d.amendsId && (
        <p>
          {t('ethics.declaration.amendments.amends')}{' '}
          <Link to={declarationPath(d.amendsId)}>
            {amended ? t('ethics.declaration.amendments.ofDate', { date: formatDate(amended.submittedAt) }) : t('ethics.declaration.amendments.earlier')}
          </Link>
        </p>
      )}
      {amendedBy.map((n) => (
        <p key={n.id}>
          {t('ethics.declaration.amendments.amendedBy')} <Link to={declarationPath(n.id)}>{t('ethics.declaration.amendments.ofDate', { date: formatDate(n.submittedAt) })}</Link>
        </p>
      ))}
    </section>
  );
}

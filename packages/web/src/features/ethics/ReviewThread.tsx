import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { formatDateTime } from '../../shared/format';
import { ErrorAlert } from '../../shared/ui/Alert';
import { DeclarationStatusBadge } from './DeclarationBadges';
import { useEthicsT } from './ethics-i18n';

const DeclarationThreadQuery = graphql(`
  query DeclarationThread($id: ID!) {
    declarationComments(id: $id) {
      authorName
      body
      createdAt
      statusFrom
      statusTo
    }
  }
`);

/** The ethics officer's review: each step, its status change and comment, oldest first. */
export function ReviewThread({ id }: { id: string }) {
  const t = useEthicsT();
  const { data, error, refetch } = useQuery(DeclarationThreadQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const comments = data?.declarationComments;
  return (
    <section aria-labelledby="declaration-thread">
      <h2 id="declaration-thread">{t('ethics.declaration.thread.title')}</h2>
      <ErrorAlert error={comments ? null : error} onRetry={refetch} />
      {comments?.length === 0 && <p>{t('ethics.declaration.thread.empty')}</p>}
      {comments && comments.length > 0 && (
        <ol className="timeline">
          {comments.map((c, i) => (
            <li key={`${c.createdAt}-${i}`} className="timeline__event">
              <p className="timeline__head">
                <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time> — {c.authorName}
              </p>
              {c.statusTo && (
                <p>
                  {c.statusFrom ? (
                    <>
                      {t('ethics.declaration.thread.moved')} <DeclarationStatusBadge status={c.statusFrom} /> → <DeclarationStatusBadge status={c.statusTo} />
                    </>
                  ) : (
                    <>
                      {t('ethics.declaration.thread.set')} <DeclarationStatusBadge status={c.statusTo} />
                    </>
                  )}
                </p>
              )}
              {c.body && <p className="thread__body">{c.body}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

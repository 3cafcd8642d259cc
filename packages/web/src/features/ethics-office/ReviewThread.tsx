import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { formatDateTime } from '../../shared/format';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { useOfficeT } from './office-i18n';

export const ReviewThreadQuery = graphql(`
  query EthicsReviewThread($id: ID!) {
    declarationComments(id: $id) {
      authorName
      body
      createdAt
      statusFrom
      statusTo
    }
  }
`);

/** The review's steps, oldest first: what the supplier reads on its own page. */
export function ReviewThread({ declarationId }: { declarationId: string }) {
  const t = useOfficeT();
  const { data, loading, error, refetch } = useQuery(ReviewThreadQuery, { variables: { id: declarationId } });
  const comments = data?.declarationComments;
  return (
    <section aria-labelledby="review-thread">
      <h2 id="review-thread">{t('ethicsOffice.thread.title')}</h2>
      <p className="note">{t('ethicsOffice.thread.intro')}</p>
      {loading && !comments && <Loading />}
      <ErrorAlert error={error} onRetry={refetch} />
      {comments && comments.length === 0 && <p>{t('ethicsOffice.thread.empty')}</p>}
      {comments && comments.length > 0 && (
        <ol className="timeline">
          {comments.map((c, i) => (
            <li key={`${c.createdAt}-${i}`} className="timeline__event">
              <p className="timeline__head">
                <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time> — {c.authorName}
              </p>
              {c.statusTo && (
                <p>
                  {c.statusFrom
                    ? t('ethicsOffice.thread.moved', { from: t(`ethicsOffice.status.${c.statusFrom}`), to: t(`ethicsOffice.status.${c.statusTo}`) })
                    : t('ethicsOffice.thread.set', { to: t(`ethicsOffice.status.${c.statusTo}`) })}
                </p>
              )}
              {c.body ? <p className="pre-line">{c.body}</p> : <p className="note">{t('ethicsOffice.thread.noComment')}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

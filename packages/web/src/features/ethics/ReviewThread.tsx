import { useQuery } from '@apollo/client/react';
import { type ComponentType, useId } from 'react';
import { graphql } from '../../gql';
import type { DeclarationStatus } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';

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

/** The words of each side: the supplier's page and the ethics office's each have their own bundle. */
export interface ReviewThreadTexts {
  title: string;
  intro?: string;
  empty: string;
  /** Before the status change ("Statut :"). */
  status: string;
  /** Under a step without a comment; nothing when absent. */
  noComment?: string;
}

/**
 * The ethics officer's review of a declaration, oldest step first: each status change and comment.
 * The supplier reads it on its declaration, the ethics office beside its review form; each side
 * gives its texts and its status badge.
 */
export function ReviewThread({ id, texts, Status }: { id: string; texts: ReviewThreadTexts; Status: ComponentType<{ status: DeclarationStatus }> }) {
  const heading = useId();
  // Decisions taken since the page was last seen show up (the list is read again in the background).
  const { data, loading, error, refetch } = useQuery(ReviewThreadQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const comments = data?.declarationComments;
  return (
    <section aria-labelledby={heading}>
      <h2 id={heading}>{texts.title}</h2>
      {texts.intro && <p className="note">{texts.intro}</p>}
      {loading && !comments && <Loading />}
      <ErrorAlert error={comments ? null : error} onRetry={refetch} />
      {comments?.length === 0 && <p>{texts.empty}</p>}
      {comments && comments.length > 0 && (
        <ol className="timeline">
          {comments.map((c, i) => (
            <li key={`${c.createdAt}-${i}`} className="timeline__event">
              <p className="timeline__head">
                <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time> — {c.authorName}
              </p>
              {c.statusTo && (
                <p>
                  {texts.status} {c.statusFrom && <><Status status={c.statusFrom} /> → </>}
                  <Status status={c.statusTo} />
                </p>
              )}
              {c.body ? <p className="timeline__body">{c.body}</p> : texts.noComment && <p className="note">{texts.noComment}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

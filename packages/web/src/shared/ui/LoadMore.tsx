import { useRef, useState } from 'react';
import { ErrorAlert } from './Alert';
import { Button } from './Button';

/** The part of a cursor connection the "show more" button needs. */
export interface PageOf {
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

/** The connection in a list query's answer: its one root field with a `pageInfo`. */
function connectionOf(data: unknown): PageOf | undefined {
  return Object.values(data ?? {}).find((field): field is PageOf => !!field && typeof field === 'object' && 'pageInfo' in field);
}

/**
 * Under a list fed by a cursor connection: how many are shown (once the list is longer than one
 * page), the error of the last attempt, and the button that fetches the next page (the query's
 * `fetchMore`: the cache appends it, see app/apollo.ts). When no page follows, the button goes and
 * the focus goes to how many are shown.
 */
export function LoadMore({
  page,
  loading,
  label,
  shown,
  fetchMore,
}: {
  page: PageOf | null | undefined;
  loading: boolean;
  label: string;
  shown: string;
  fetchMore: (options: { variables: { after: string } }) => Promise<{ data?: unknown }>;
}) {
  const [error, setError] = useState<unknown>(null);
  const [expanded, setExpanded] = useState(false);
  const shownRef = useRef<HTMLParagraphElement>(null);

  function loadMore() {
    if (loading || !page?.pageInfo.endCursor) return;
    setError(null);
    fetchMore({ variables: { after: page.pageInfo.endCursor } })
      .then((result) => {
        setExpanded(true);
        if (!connectionOf(result.data)?.pageInfo.hasNextPage) setTimeout(() => shownRef.current?.focus());
      })
      .catch(setError);
  }

  if (!page) return null;
  return (
    <>
      {(page.pageInfo.hasNextPage || expanded) && page.edges.length > 0 && (
        <p className="count" ref={shownRef} tabIndex={-1}>
          {shown}
        </p>
      )}
      <ErrorAlert error={error} />
      {page.pageInfo.hasNextPage && (
        <Button variant="secondary" busy={loading} onClick={loadMore}>
          {label}
        </Button>
      )}
    </>
  );
}

import { useRef, useState } from 'react';
import { ErrorAlert } from './Alert';
import { Button } from './Button';

/** The part of a cursor connection the "show more" button needs. */
export interface PageOf {
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

/** The next page of a connection appended to the pages already shown (for `fetchMore`'s `updateQuery`). */
export function appendPage<C extends { edges: readonly unknown[] }>(previous: C, next: C): C {
  return { ...next, edges: [...previous.edges, ...next.edges] };
}

/**
 * Under a list fed by a cursor connection: how many are shown (once the list is longer than one
 * page), the error of the last attempt, and the button that fetches the next page. `fetchNext`
 * appends the page after `after` and says whether another follows; when none does, the button
 * goes and the focus goes to how many are shown.
 */
export function LoadMore({
  page,
  loading,
  label,
  shown,
  fetchNext,
}: {
  page: PageOf | null | undefined;
  loading: boolean;
  label: string;
  shown: string;
  fetchNext: (after: string) => Promise<boolean | undefined>;
}) {
  const [error, setError] = useState<unknown>(null);
  const [expanded, setExpanded] = useState(false);
  const shownRef = useRef<HTMLParagraphElement>(null);

  function loadMore() {
    if (loading || !page?.pageInfo.endCursor) return;
    setError(null);
    fetchNext(page.pageInfo.endCursor)
      .then((more) => {
        setExpanded(true);
        if (!more) setTimeout(() => shownRef.current?.focus());
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

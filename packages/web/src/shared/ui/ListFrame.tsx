import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from './Alert';
import { LoadMore, type PageOf } from './LoadMore';
import { Page } from './Page';

/** What the frame shows of a list query: its page (the pages shown so far), loading and error. */
export interface ListState {
  page: PageOf | null | undefined;
  loading: boolean;
  error: unknown;
  onRetry?: () => Promise<unknown> | void;
}

/**
 * A list page fed by a cursor connection: the heading, what comes before the filters (`intro`:
 * the introduction, links), the filter form, the link that clears the filters (`clear`, while
 * some apply), the status line that says how many there are (a live region: it is read out when a
 * filter changes it), the list (`children`, only when it has rows) or what stands for an empty
 * one, and the "show more" button.
 */
export function ListFrame({
  title,
  intro,
  filters,
  clear,
  list: { page, loading, error, onRetry },
  count,
  empty,
  more,
  children,
}: {
  title: string;
  intro?: ReactNode;
  filters?: ReactNode;
  clear?: { to: string; label: string } | false;
  list: ListState;
  count: (total: number) => string;
  empty?: string;
  more: { label: string; shown: (shown: number, total: number) => string; fetchMore: ComponentProps<typeof LoadMore>['fetchMore'] };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const rows = page?.edges.length ?? 0;
  return (
    <Page title={title}>
      {intro}
      {filters}
      {clear && (
        <p>
          <Link to={clear.to}>{clear.label}</Link>
        </p>
      )}
      <ErrorAlert error={error} onRetry={onRetry} />
      <p role="status" className="count">
        {page ? count(page.totalCount) : loading ? t('common.loading') : ''}
      </p>
      {page && rows === 0 && empty && (
        <div className="empty">
          <p>{empty}</p>
        </div>
      )}
      {rows > 0 && children}
      <LoadMore page={page} loading={loading} label={more.label} shown={more.shown(rows, page?.totalCount ?? 0)} fetchMore={more.fetchMore} />
    </Page>
  );
}

import type { ReactNode } from 'react';

/** A wide table scrolls inside its own box (reachable by keyboard) instead of the whole page. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

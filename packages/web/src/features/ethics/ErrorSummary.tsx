import type { Ref } from 'react';
import { useEthicsT } from './ethics-i18n';

export interface SummaryItem {
  field: string;
  label: string;
  message: string;
}

/**
 * What stops a form, listed at its top and given the focus after a refused submission; each item
 * takes the focus to its field (the element carrying `data-field`, or the first control in it).
 */
export function ErrorSummary({ items, form, ref }: { items: readonly SummaryItem[]; form: () => HTMLFormElement | null; ref?: Ref<HTMLDivElement> }) {
  const t = useEthicsT();
  function focusField(field: string) {
    const target = form()?.querySelector<HTMLElement>(`[data-field="${field}"]`);
    const control = target?.matches('input, select, textarea')
      ? target
      : (target?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? target?.querySelector<HTMLElement>('input, select, textarea'));
    control?.focus();
  }
  return (
    <div ref={ref} className="alert alert--error error-summary" tabIndex={-1} role="group" aria-labelledby="declaration-errors-title">
      <p className="alert__title" id="declaration-errors-title">
        {t('ethics.form.errors.title', { count: items.length })}
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.field}>
            <a
              href={`#${item.field}`}
              onClick={(e) => {
                e.preventDefault();
                focusField(item.field);
              }}
            >
              {t('ethics.form.errors.item', { label: item.label, message: item.message })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

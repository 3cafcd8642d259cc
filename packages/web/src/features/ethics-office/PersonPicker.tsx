import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import type { Person } from './consultation-form';
import { useOfficeT } from './office-i18n';

export interface PickerTexts {
  legend: string;
  hint?: string;
  searchLabel: string;
  searchHint: string;
  none: string;
}

interface Props {
  texts: PickerTexts;
  chosen: readonly Person[];
  onChange: (chosen: Person[]) => void;
  /** What is typed in the search box; the wrapper runs the search. */
  search: string;
  onSearch: (search: string) => void;
  results: readonly Person[] | undefined;
  searching: boolean;
  searchError?: unknown;
  /** One person at most: choosing another replaces it. */
  single?: boolean;
  required?: boolean;
  error?: string;
}

export const MIN_SEARCH = 2;

/**
 * Choosing people from a directory: a search box, its results with an "add" button each, and the
 * chosen ones with a "remove" button each. After either, the focus goes back to the search box and a
 * status message says what changed. Enter in the search box never submits the surrounding form.
 */
export function PersonPicker({ texts, chosen, onChange, search, onSearch, results, searching, searchError, single, required, error }: Props) {
  const t = useOfficeT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [said, setSaid] = useState('');
  const typed = search.trim().length >= MIN_SEARCH;
  const shown = (results ?? []).filter((r) => !chosen.some((c) => c.id === r.id));
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');

  function add(person: Person) {
    onChange(single ? [person] : [...chosen, person]);
    onSearch('');
    setSaid(t('ethicsOffice.picker.added', { name: person.name }));
    input.current?.focus();
  }

  function remove(person: Person) {
    onChange(chosen.filter((c) => c.id !== person.id));
    setSaid(t('ethicsOffice.picker.removed', { name: person.name }));
    input.current?.focus();
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.preventDefault();
  };

  const status = !typed
    ? ''
    : searching
      ? t('ethicsOffice.picker.searching')
      : results
        ? shown.length
          ? t('ethicsOffice.picker.results', { count: shown.length })
          : t('ethicsOffice.picker.noResult')
        : '';

  return (
    <fieldset className={['form__group', error && 'field--invalid'].filter(Boolean).join(' ')} aria-describedby={describedBy}>
      <legend>
        {texts.legend}
        {required && <span className="field__required"> {t('ethicsOffice.form.required')}</span>}
      </legend>
      {texts.hint && <p className="field__hint">{texts.hint}</p>}
      <div>
        <p className="form__sublegend" id={`${id}-chosen`}>
          {t('ethicsOffice.picker.chosen')}
        </p>
        {chosen.length ? (
          <ul className="plain" aria-labelledby={`${id}-chosen`}>
            {chosen.map((person) => (
              <li key={person.id} className="picker__item">
                <span>
                  {person.name}
                  {person.detail && <span className="details__note">{person.detail}</span>}
                </span>
                <Button variant="quiet" onClick={() => remove(person)}>
                  {t('ethicsOffice.picker.remove')}
                  <span className="visually-hidden"> {person.name}</span>
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="note">{texts.none}</p>
        )}
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-search`}>{texts.searchLabel}</label>
        <p className="field__hint" id={`${id}-hint`}>
          {texts.searchHint}
        </p>
        <input
          ref={input}
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          maxLength={100}
          value={search}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onKeyDown={onKeyDown}
          onChange={(e) => {
            setSaid('');
            onSearch(e.target.value);
          }}
        />
      </div>
      <p role="status" className="count">
        {said ? `${said} ` : ''}
        {status}
      </p>
      <ErrorAlert error={searchError} />
      {typed && shown.length > 0 && (
        <ul className="plain" aria-label={t('ethicsOffice.picker.resultsLabel', { legend: texts.legend })}>
          {shown.map((person) => (
            <li key={person.id} className="picker__item">
              <span>
                {person.name}
                {person.detail && <span className="details__note">{person.detail}</span>}
              </span>
              <Button variant="secondary" onClick={() => add(person)}>
                {t('ethicsOffice.picker.add')}
                <span className="visually-hidden"> {person.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

import { useId } from 'react';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

/** A group of radio buttons under its legend, each with an optional hint; the group's error is tied to it. */
export function RadioGroup<V extends string>({
  legend,
  field,
  options,
  value,
  error,
  onChange,
}: {
  legend: string;
  /** Named for the error summary's links. */
  field: string;
  options: readonly RadioOption<V>[];
  value: V | '';
  error?: string;
  onChange: (value: V) => void;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset className={['form__group', error && 'field--invalid'].filter(Boolean).join(' ')} data-field={field} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <div key={o.value} className="field field--checkbox">
          <input
            id={`${id}-${o.value}`}
            type="radio"
            name={`${id}-${field}`}
            value={o.value}
            checked={value === o.value}
            aria-invalid={error ? true : undefined}
            aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
            onChange={() => onChange(o.value)}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          {o.hint && (
            <p className="field__hint" id={`${id}-${o.value}-hint`}>
              {o.hint}
            </p>
          )}
        </div>
      ))}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

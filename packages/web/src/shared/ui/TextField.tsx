import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from 'react';
import { useTranslation } from 'react-i18next';

interface FrameProps {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  className?: string;
}

interface ControlProps {
  id: string;
  'aria-required'?: true;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** A label, a hint and an error around one control, tied to it with aria-describedby. */
function Field({ label, hint, error, required, className, control }: FrameProps & { control: (props: ControlProps) => ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={['field', error && 'field--invalid', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>
        {label}
        {required && <span className="field__required"> {t('form.required')}</span>}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {control({
        id,
        'aria-required': required || undefined,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & FrameProps;

/** A labelled input; its hint and error are tied to it with aria-describedby. */
export function TextField({ label, hint, error, required, className, ...input }: Props) {
  return <Field label={label} hint={hint} error={error} required={required} className={className} control={(a11y) => <input {...a11y} {...input} />} />;
}

/** A labelled multi-line text. */
export function TextAreaField({ label, hint, error, required, className, ...textarea }: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & FrameProps) {
  return <Field label={label} hint={hint} error={error} required={required} className={className} control={(a11y) => <textarea {...a11y} {...textarea} />} />;
}

export function Checkbox({ label, hint, ...input }: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { label: string; hint?: string }) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

export function SelectField({
  label,
  options,
  className,
  ...select
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { label: string; options: { value: string; label: string }[] }) {
  const id = useId();
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <select id={id} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n';
import { formatDecimal } from '../../shared/money';
import { type AnswerValue, conditionKeys, FREE_TEXT_MAX, isScale, NO_OPINION } from './answers';
import { choicesOf, type Labelled, labelOf } from './choices';

interface Props {
  question: Labelled & { id: string; required: boolean };
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  /** Why the answer is missing or was refused; tied to the field with aria-describedby. */
  error?: string;
}

/**
 * One question as native controls: radios (scales, one choice, yes/no), checkboxes (several
 * choices) in a fieldset whose legend is the question, or a labelled textarea with a character
 * count. `data-question` lets the form move the focus to the first question in error.
 */
export function QuestionField({ question, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const id = useId();
  const label = labelOf(question, language);
  const required = question.required && <span className="field__required"> {t('form.required')}</span>;
  const errorId = error ? `${id}-error` : undefined;
  const errorText = error && (
    <p className="field__error" id={errorId}>
      {error}
    </p>
  );

  if (question.type === 'FREE_TEXT') {
    const text = typeof value === 'string' ? value : '';
    return (
      <div className={['field', 'question', error && 'field--invalid'].filter(Boolean).join(' ')} data-question={question.id}>
        <label htmlFor={id} className="question__label">
          {label}
          {required}
        </label>
        <p className="field__hint" id={`${id}-count`}>
          {t('survey.characters', { count: text.length, max: formatDecimal(String(FREE_TEXT_MAX), language) })}
        </p>
        <textarea
          id={id}
          name={`q-${question.id}`}
          rows={5}
          maxLength={FREE_TEXT_MAX}
          value={text}
          aria-required={question.required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-count`, errorId].filter(Boolean).join(' ')}
          onChange={(e) => onChange(e.target.value)}
        />
        {errorText}
      </div>
    );
  }

  const multiple = question.type === 'MULTIPLE_CHOICE';
  const keys = conditionKeys(value);
  const hint = multiple ? t('survey.hints.multiple') : question.type === 'RECOMMEND_10' ? t('survey.hints.recommend') : null;
  const hintId = hint ? `${id}-hint` : undefined;

  function pick(choice: string, checked: boolean) {
    if (multiple) {
      const next = checked ? [...keys, choice] : keys.filter((k) => k !== choice);
      onChange(next.length ? next : undefined);
    } else if (question.type === 'YES_NO') onChange(choice === 'yes');
    else if (isScale(question.type)) onChange(choice === NO_OPINION ? NO_OPINION : Number(choice));
    else onChange(choice);
  }

  return (
    <fieldset
      className={['question', error && 'question--invalid'].filter(Boolean).join(' ')}
      data-question={question.id}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend className="question__label">
        {label}
        {required}
      </legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {errorText}
      <div className={`choices choices--${question.type.toLowerCase().replace('_', '-')}`}>
        {choicesOf(question, t, language).map((choice) => (
          <div key={choice.value} className={['choice', choice.value === NO_OPINION && 'choice--apart'].filter(Boolean).join(' ')}>
            <input
              id={`${id}-${choice.value}`}
              type={multiple ? 'checkbox' : 'radio'}
              name={`q-${question.id}`}
              value={choice.value}
              checked={keys.includes(choice.value)}
              aria-invalid={error ? true : undefined}
              onChange={(e) => pick(choice.value, e.target.checked)}
            />
            <label htmlFor={`${id}-${choice.value}`}>
              {choice.number ? (
                <>
                  <span className="choice__number">{choice.number}</span> <span className="choice__words">{choice.label}</span>
                </>
              ) : (
                choice.label
              )}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

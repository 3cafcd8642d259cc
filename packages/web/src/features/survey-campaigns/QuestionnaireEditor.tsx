import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n';
import { getFragmentData, graphql } from '../../gql';
import { detailProblems } from '../../shared/errors';
import { Alert, ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Checkbox, SelectField, TextField } from '../../shared/ui/TextField';
import { choicesOf, choiceText } from '../surveys/choices';
import { type SurveyQuestion, SurveyQuestionFields } from '../surveys/question-fields';
import {
  blankQuestion,
  conditionTargets,
  conditionValues,
  type EditedQuestion,
  editedQuestions,
  hasBlankWording,
  hasOptions,
  moveQuestion,
  newOptionValue,
  QUESTION_TYPES,
  removeQuestion,
  toQuestionInputs,
  updateQuestion,
} from './questionnaire';
import '../../i18n/surveys';

const SetSurveyQuestionsMutation = graphql(`
  mutation SetSurveyQuestions($campaignId: ID!, $questions: [SurveyQuestionInput!]!) {
    setSurveyQuestions(campaignId: $campaignId, questions: $questions) {
      id
      questions {
        ...SurveyQuestionFields
      }
    }
  }
`);

/**
 * The questionnaire of a draft campaign: add, remove, reorder with buttons, type, wording in French
 * and English, required, choices, a condition on an earlier answer, the headline question. Saved
 * whole: the server replaces the ordered list and says what it refuses.
 */
export function QuestionnaireEditor({ campaignId, questions, onDirtyChange }: { campaignId: string; questions: readonly SurveyQuestion[]; onDirtyChange?: (dirty: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [saved, setSaved] = useState(() => editedQuestions(questions));
  const [edited, setEdited] = useState(saved);
  const [announce, setAnnounce] = useState('');
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const counter = useRef(0);
  const list = useRef<HTMLOListElement>(null);
  const [save, { loading, error, reset }] = useMutation(SetSurveyQuestionsMutation);
  const dirty = JSON.stringify(edited) !== JSON.stringify(saved);
  const problems = detailProblems(error).filter((p): p is string => typeof p === 'string');

  useEffect(() => onDirtyChange?.(dirty), [dirty]);

  // A question moved, added or removed: the keyboard focus follows it (or the list's next control).
  useEffect(() => {
    if (!focusAfter) return;
    list.current?.querySelector<HTMLElement>(`[data-focus="${focusAfter}"]`)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  function change(next: EditedQuestion[], message = '') {
    setEdited(next);
    setAnnounce(message);
    reset();
  }

  function add() {
    counter.current += 1;
    const key = `new-${counter.current}`;
    change([...edited, blankQuestion(key, edited)], t('questionnaire.added', { n: edited.length + 1 }));
    setFocusAfter(`${key}-type`);
  }

  function move(index: number, delta: -1 | 1) {
    const key = edited[index]!.key;
    change(moveQuestion(edited, index, delta), t('questionnaire.moved', { from: index + 1, to: index + 1 + delta }));
    // The same button in the moved question, or the other one once it reaches an end of the list.
    const to = index + delta;
    const atEnd = to === 0 || to === edited.length - 1;
    setFocusAfter(`${key}-${(delta < 0) !== atEnd ? 'up' : 'down'}`);
  }

  function remove(index: number) {
    change(removeQuestion(edited, index), t('questionnaire.removed', { n: index + 1 }));
    setFocusAfter(edited[index + 1]?.key ? `${edited[index + 1]!.key}-type` : 'add');
  }

  async function onSave() {
    if (loading) return;
    setTried(true);
    if (hasBlankWording(edited)) {
      // After the render that shows the messages: the focus goes to the first blank wording.
      setTimeout(() => list.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const result = await save({ variables: { campaignId, questions: toQuestionInputs(edited) } }).catch(() => null);
    if (!result?.data) return;
    const next = editedQuestions(getFragmentData(SurveyQuestionFields, result.data.setSurveyQuestions.questions));
    setSaved(next);
    setEdited(next);
    setAnnounce(t('questionnaire.saved'));
  }

  return (
    <section aria-labelledby={`${id}-title`} className="editor">
      <h2 id={`${id}-title`}>{t('questionnaire.title')}</h2>
      <p className="field__hint">{t('questionnaire.hint')}</p>
      {edited.length === 0 && <p className="empty">{t('questionnaire.empty')}</p>}
      <ol ref={list} className="editor__questions">
        {edited.map((q, index) => (
          <li key={q.key} className="editor__question">
            <QuestionEditor
              question={q}
              index={index}
              count={edited.length}
              all={edited}
              showBlank={tried}
              onChange={(change_) => change(updateQuestion(edited, index, change_))}
              onMove={(delta) => move(index, delta)}
              onRemove={() => remove(index)}
            />
          </li>
        ))}
      </ol>
      <p>
        <Button variant="secondary" data-focus="add" onClick={add}>
          {t('questionnaire.add')}
        </Button>
      </p>
      {problems.length > 0 ? (
        <Alert tone="error" title={t('questionnaire.refused')}>
          <ul>
            {problems.map((p) => (
              <li key={p} lang="fr">
                {p}
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <ErrorAlert error={error} />
      )}
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      <div className="actions">
        <Button busy={loading} onClick={() => void onSave()}>
          {t('questionnaire.save')}
        </Button>
        {dirty && <p className="note editor__unsaved">{t('questionnaire.unsaved')}</p>}
      </div>
    </section>
  );
}

interface EditorProps {
  question: EditedQuestion;
  index: number;
  count: number;
  all: readonly EditedQuestion[];
  /** Say which wordings are blank (once a save was tried). */
  showBlank: boolean;
  onChange: (change: Partial<EditedQuestion>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

function QuestionEditor({ question: q, index, count, all, showBlank, onChange, onMove, onRemove }: EditorProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const id = useId();
  const n = index + 1;
  const targets = conditionTargets(all, index);
  const target = q.showIf ? all.find((x) => x.key === q.showIf!.questionKey) : undefined;
  const targetChoices = target ? choicesOf(target, t, language).filter((c) => conditionValues(target).includes(c.value)) : [];
  const missing = (text: string) => (showBlank && !text.trim() ? t('questionnaire.wordingMissing') : undefined);
  const hidden = <span className="visually-hidden"> {t('questionnaire.which', { n })}</span>;

  const setOption = (i: number, field: 'labelFr' | 'labelEn', value: string) => onChange({ options: q.options.map((o, j) => (j === i ? { ...o, [field]: value } : o)) });
  const toggleValue = (value: string, on: boolean) =>
    q.showIf && onChange({ showIf: { ...q.showIf, anyOf: on ? conditionValues(target!).filter((v) => v === value || q.showIf!.anyOf.includes(v)) : q.showIf.anyOf.filter((v) => v !== value) } });

  return (
    <fieldset className="editor__fieldset">
      <legend>{t('questionnaire.questionN', { n })}</legend>
      <SelectField
        label={t('questionnaire.type')}
        value={q.type}
        data-focus={`${q.key}-type`}
        onChange={(e) => onChange({ type: e.target.value as EditedQuestion['type'] })}
        options={QUESTION_TYPES.map((type) => ({ value: type, label: t(`questionType.${type}`) }))}
      />
      <TextField label={t('questionnaire.labelFr')} required maxLength={500} value={q.labelFr} error={missing(q.labelFr)} onChange={(e) => onChange({ labelFr: e.target.value })} />
      <TextField label={t('questionnaire.labelEn')} required maxLength={500} lang="en" value={q.labelEn} error={missing(q.labelEn)} onChange={(e) => onChange({ labelEn: e.target.value })} />
      <Checkbox label={t('questionnaire.required')} checked={q.required} onChange={(e) => onChange({ required: e.target.checked })} />
      {q.type === 'SATISFACTION_5' && (
        <div className="field field--checkbox">
          <input id={`${id}-headline`} type="radio" name="headline" checked={q.headline} onChange={() => onChange({ headline: true })} />
          <label htmlFor={`${id}-headline`}>{t('questionnaire.headline')}</label>
        </div>
      )}

      {hasOptions(q.type) && (
        <fieldset className="editor__options">
          <legend className="form__sublegend">{t('questionnaire.options')}</legend>
          {q.options.map((o, i) => (
            <div key={o.value} className="editor__option">
              <TextField label={t('questionnaire.optionFr', { n: i + 1 })} required maxLength={200} value={o.labelFr} error={missing(o.labelFr)} onChange={(e) => setOption(i, 'labelFr', e.target.value)} />
              <TextField label={t('questionnaire.optionEn', { n: i + 1 })} required maxLength={200} lang="en" value={o.labelEn} error={missing(o.labelEn)} onChange={(e) => setOption(i, 'labelEn', e.target.value)} />
              <Button variant="quiet" onClick={() => onChange({ options: q.options.filter((_, j) => j !== i) })}>
                {t('questionnaire.removeOption', { n: i + 1 })}
              </Button>
            </div>
          ))}
          <Button variant="secondary" onClick={() => onChange({ options: [...q.options, { value: newOptionValue(q.options), labelFr: '', labelEn: '' }] })}>
            {t('questionnaire.addOption')}
          </Button>
        </fieldset>
      )}

      {index > 0 || q.showIf ? (
        <div className="editor__condition">
          <SelectField
            label={t('questionnaire.showIf')}
            value={q.showIf?.questionKey ?? ''}
            disabled={!targets.length && !q.showIf}
            onChange={(e) => onChange({ showIf: e.target.value ? { questionKey: e.target.value, anyOf: [] } : null })}
            options={[
              { value: '', label: t('questionnaire.always') },
              ...targets.map((x) => ({ value: x.key, label: t('questionnaire.dependsOn', { n: all.indexOf(x) + 1, label: (language === 'en' ? x.labelEn : x.labelFr) || '…' }) })),
              ...(q.showIf && !targets.some((x) => x.key === q.showIf!.questionKey) ? [{ value: q.showIf.questionKey, label: t('questionnaire.invalidTarget') }] : []),
            ]}
          />
          {target && targetChoices.length > 0 && (
            <fieldset>
              <legend className="form__sublegend">{t('questionnaire.anyOf')}</legend>
              <div className="checkbox-grid">
                {targetChoices.map((c) => (
                  <Checkbox key={c.value} label={choiceText(c)} checked={q.showIf!.anyOf.includes(c.value)} onChange={(e) => toggleValue(c.value, e.target.checked)} />
                ))}
              </div>
            </fieldset>
          )}
        </div>
      ) : null}

      <div className="actions editor__tools">
        <Button variant="secondary" data-focus={`${q.key}-up`} disabled={index === 0} onClick={() => onMove(-1)}>
          {t('questionnaire.up')}
          {hidden}
        </Button>
        <Button variant="secondary" data-focus={`${q.key}-down`} disabled={index === count - 1} onClick={() => onMove(1)}>
          {t('questionnaire.down')}
          {hidden}
        </Button>
        <Button variant="danger" onClick={onRemove}>
          {t('questionnaire.remove')}
          {hidden}
        </Button>
      </div>
    </fieldset>
  );
}

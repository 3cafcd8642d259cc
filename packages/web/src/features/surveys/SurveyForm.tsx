import { useMutation } from '@apollo/client/react';
import { type FormEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n';
import { graphql } from '../../gql';
import { detailProblems, errorCode } from '../../shared/errors';
import { formatLocalDate, formatTime } from '../../shared/format';
import { Alert, ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import {
  type Answers,
  type AnswerValue,
  fromSavedAnswers,
  missingRequired,
  pagesOf,
  problemsByQuestion,
  progressOf,
  resumePage,
  type SavedAnswer,
  shownQuestions,
  toAnswerInputs,
} from './answers';
import { answerText, labelOf } from './choices';
import { QuestionField } from './QuestionField';
import type { SurveyQuestion } from './question-fields';
import { type SaveState, type SurveyAccess, useDraftSaver } from './useDraftSaver';
import '../../i18n/surveys';

const SubmitSurveyMutation = graphql(`
  mutation SubmitSurvey($campaignId: ID, $token: String, $answers: [SurveyAnswerInput!]!) {
    submitSurvey(campaignId: $campaignId, token: $token, answers: $answers)
  }
`);


/** A survey as the supplier answers it (or as the survey team previews it). */
export interface SurveyToAnswer {
  title: string;
  anonymous: boolean;
  introFr?: string | null;
  introEn?: string | null;
  closesOn: string;
  /** Who answers; null in the preview. */
  supplierName: string | null;
  answered: boolean;
  questions: readonly SurveyQuestion[];
  answers: readonly SavedAnswer[];
}

type Step =
  | { kind: 'intro' }
  | { kind: 'page'; index: number }
  | { kind: 'review' }
  /** `sent`: the answers just sent (shown for the record); null when answered earlier or elsewhere. */
  | { kind: 'done'; sent: Answers | null };

/**
 * The answering form, shared by the signed-in page, the secret link and the preview (`access`
 * null: nothing is saved or sent). An introduction says before anything else whether the survey is
 * anonymous; then pages of questions with a progress bar, the draft saved as the supplier types,
 * required answers checked before leaving a page, a review, and a read-only confirmation.
 */
export function SurveyForm({ survey, access }: { survey: SurveyToAnswer; access: SurveyAccess | null }) {
  const { t } = useTranslation();
  const questions = useMemo(() => [...survey.questions].sort((a, b) => a.position - b.position), [survey.questions]);
  const [answers, setAnswers] = useState<Answers>(() => fromSavedAnswers(questions, survey.answers));
  const [step, setStep] = useState<Step>(() => (survey.answered ? { kind: 'done', sent: null } : { kind: 'intro' }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sendFailure, setSendFailure] = useState<unknown>(null);
  const [focus, setFocus] = useState<{ on: 'heading' | 'error'; n: number }>({ on: 'heading', n: 0 });
  const saver = useDraftSaver(access, questions);
  const [submit, { loading: sending }] = useMutation(SubmitSurveyMutation);
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const id = useId();

  const pages = pagesOf(questions, answers);
  const progress = progressOf(questions, answers);

  // A new step takes the focus to its heading; a refused page, to its first question in error.
  useEffect(() => {
    if (focus.n === 0) return;
    if (focus.on === 'heading') heading.current?.focus();
    else body.current?.querySelector<HTMLElement>('.question--invalid input, .field--invalid textarea')?.focus();
  }, [focus]);

  function goTo(next: Step, on: 'heading' | 'error' = 'heading') {
    void saver.flush();
    setStep(next);
    setFocus((f) => ({ on, n: f.n + 1 }));
  }

  function answer(questionId: string, value: AnswerValue | undefined) {
    const next: Record<string, AnswerValue> = { ...answers };
    if (value === undefined) delete next[questionId];
    else next[questionId] = value;
    setAnswers(next);
    saver.changed(next);
    if (errors[questionId]) setErrors(({ [questionId]: _, ...rest }) => rest);
  }

  const refused = (problems: Record<string, string>) => Object.fromEntries(Object.entries(problems).map(([q, problem]) => [q, t('survey.errors.refused', { problem })]));
  const requiredErrors = (among: readonly SurveyQuestion[]) => Object.fromEntries(missingRequired(among, answers).map((q) => [q.id, t('survey.errors.required')]));

  /** Shows problems beside their questions, on the first page that has one. */
  function showProblems(problems: Record<string, string>): boolean {
    const index = pages.findIndex((page) => page.some((q) => problems[q.id]));
    if (index < 0) return false;
    setErrors(problems);
    goTo({ kind: 'page', index }, 'error');
    return true;
  }

  function leavePage(event: FormEvent, index: number) {
    event.preventDefault();
    const missing = requiredErrors(pages[index] ?? []);
    setErrors(missing);
    if (Object.keys(missing).length) {
      setFocus((f) => ({ on: 'error', n: f.n + 1 }));
      return;
    }
    goTo(index + 1 < pages.length ? { kind: 'page', index: index + 1 } : { kind: 'review' });
  }

  async function send() {
    if (sending || !access) return;
    setSendFailure(null);
    if (showProblems(requiredErrors(pages.flat()))) return;
    await saver.settle();
    const sent = answers;
    try {
      await submit({ variables: { ...access, answers: toAnswerInputs(questions, sent) } });
      goTo({ kind: 'done', sent });
    } catch (error) {
      const code = errorCode(error);
      if (code === 'CONFLICT') goTo({ kind: 'done', sent: null });
      else if (!(code === 'BAD_USER_INPUT' && showProblems(refused(problemsByQuestion(detailProblems(error)))))) setSendFailure(error);
    }
  }

  const stepTitle = (text: string) => (
    <h2 id={`${id}-step`} ref={heading} tabIndex={-1}>
      {text}
    </h2>
  );

  let content: ReactNode;
  if (step.kind === 'intro') {
    const resume = progress.answered > 0;
    const first = resumePage(pages, answers);
    content = (
      <section aria-labelledby={`${id}-step`} className="survey-step">
        {stepTitle(t('survey.intro.title'))}
        <SurveyIntro survey={survey} questionCount={progress.shown} conditional={questions.some((q) => q.showIf)} />
        {resume && access && <p>{t('survey.intro.draft', { count: progress.answered, shown: progress.shown })}</p>}
        <Button onClick={() => goTo(first < pages.length ? { kind: 'page', index: first } : { kind: 'review' })}>
          {t(resume ? 'survey.intro.resume' : 'survey.intro.start')}
        </Button>
      </section>
    );
  } else if (step.kind === 'page') {
    const index = Math.min(step.index, pages.length - 1);
    content = (
      <form className="survey-step" aria-labelledby={`${id}-step`} noValidate onSubmit={(e) => leavePage(e, index)}>
        {stepTitle(t('survey.page', { page: index + 1, total: pages.length }))}
        <SurveyProgress {...progress} />
        {(pages[index] ?? []).map((q) => (
          <QuestionField key={q.id} question={q} value={answers[q.id]} onChange={(v) => answer(q.id, v)} error={errors[q.id] ?? draftProblem(saver.problems[q.id])} />
        ))}
        <div className="actions survey-actions">
          <Button type="submit">{t(index + 1 < pages.length ? 'survey.next' : 'survey.toReview')}</Button>
          <Button variant="secondary" onClick={() => goTo(index > 0 ? { kind: 'page', index: index - 1 } : { kind: 'intro' })}>
            {t(index > 0 ? 'survey.previous' : 'survey.backToIntro')}
          </Button>
        </div>
      </form>
    );
  } else if (step.kind === 'review') {
    content = (
      <section aria-labelledby={`${id}-step`} className="survey-step">
        {stepTitle(t('survey.review.title'))}
        <SurveyProgress {...progress} />
        <p>{t('survey.review.intro')}</p>
        {pages.map((page, i) => (
          <div key={i} className="review-page">
            <AnswerList questions={page} answers={answers} />
            <Button variant="secondary" onClick={() => goTo({ kind: 'page', index: i })}>
              {t('survey.review.edit')}
              <span className="visually-hidden"> {t('survey.review.editPage', { page: i + 1 })}</span>
            </Button>
          </div>
        ))}
        {access ? (
          <>
            {sendFailure !== null && <ErrorAlert error={sendFailure}>{errorCode(sendFailure) !== 'NOT_FOUND' && <p>{t('survey.review.kept')}</p>}</ErrorAlert>}
            <p className="note">{t('survey.review.final')}</p>
            <Button busy={sending} onClick={() => void send()}>
              {t('survey.review.send')}
            </Button>
          </>
        ) : (
          <p className="note">{t('survey.preview.noSend')}</p>
        )}
      </section>
    );
  } else {
    // Answered earlier: an identified survey shows the response the server kept; an anonymous one has none to show.
    const shown = step.sent ?? (survey.answered && !survey.anonymous ? fromSavedAnswers(questions, survey.answers) : null);
    content = (
      <section aria-labelledby={`${id}-step`} className="survey-step">
        {stepTitle(t(step.sent ? 'survey.done.thanks' : 'survey.done.already'))}
        <Alert tone="success">
          <p>{t(step.sent ? 'survey.done.received' : 'survey.done.oneResponse')}</p>
        </Alert>
        <p>{t(survey.anonymous ? (step.sent ? 'survey.done.anonymousRecord' : 'survey.done.anonymous') : 'survey.done.identified')}</p>
        {shown && Object.keys(shown).length > 0 && (
          <>
            <h3>{t('survey.done.yourAnswers')}</h3>
            <AnswerList questions={shownQuestions(questions, shown)} answers={shown} />
          </>
        )}
      </section>
    );
  }

  return (
    <div ref={body} className="survey">
      {content}
      {(step.kind === 'page' || step.kind === 'review') && <DraftStatus saving={!!access} state={saver.state} onRetry={() => void saver.flush()} />}
    </div>
  );

  function draftProblem(problem: string | undefined) {
    return problem && t('survey.errors.notSaved', { problem });
  }
}

/** The introduction: what the survey is about and, before anything else, whether it is anonymous. */
function SurveyIntro({ survey, questionCount, conditional }: { survey: SurveyToAnswer; questionCount: number; conditional: boolean }) {
  const { t } = useTranslation();
  const intro = currentLanguage() === 'en' ? (survey.introEn ?? survey.introFr) : survey.introFr;
  return (
    <>
      {intro && <p className="lead">{intro}</p>}
      <p className="callout callout--anonymity">
        <strong>{t(survey.anonymous ? 'survey.anonymous' : 'survey.identified')}</strong>
      </p>
      <dl className="details">
        <dt>{t('survey.intro.closesOn')}</dt>
        <dd>{formatLocalDate(survey.closesOn)}</dd>
        <dt>{t('survey.intro.who')}</dt>
        <dd>{survey.supplierName ?? t('survey.preview.supplier')}</dd>
        <dt>{t('survey.intro.length')}</dt>
        <dd>
          {t('survey.intro.questions', { count: questionCount })}
          {conditional && ` ${t('survey.intro.conditional')}`}
        </dd>
      </dl>
      <p>{t('survey.intro.oneResponse')}</p>
    </>
  );
}

/** The progress bar, with its text equivalent beside it ("4 questions sur 9"). */
function SurveyProgress({ answered, shown }: { answered: number; shown: number }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="survey-progress">
      <label htmlFor={`${id}-bar`}>{t('survey.progress.label')}</label>
      <progress id={`${id}-bar`} className="progress" max={Math.max(shown, 1)} value={answered} aria-describedby={`${id}-text`} />
      <p id={`${id}-text`} className="survey-progress__text">
        {t('survey.progress.text', { count: answered, shown })}
      </p>
    </div>
  );
}

/** Questions and their answers, read-only. */
function AnswerList({ questions, answers }: { questions: readonly SurveyQuestion[]; answers: Answers }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <dl className="answers">
      {questions.map((q) => {
        const text = answerText(q, answers[q.id], t, language);
        return (
          <div key={q.id} className="answers__item">
            <dt>{labelOf(q, language)}</dt>
            <dd className={text === null ? 'answers__none' : undefined}>{text ?? t('survey.review.none')}</dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Where the draft stands, announced politely ("Brouillon enregistré à 14 h 32"). */
function DraftStatus({ saving, state, onRetry }: { saving: boolean; state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  const text = !saving
    ? t('survey.preview.noSave')
    : state.failure
      ? t('survey.draft.failed')
      : state.savedAt
        ? t('survey.draft.saved', { time: formatTime(state.savedAt) })
        : t('survey.draft.auto');
  return (
    <>
      <p role="status" className="draft-status">
        {text}
      </p>
      <ErrorAlert error={state.failure} onRetry={onRetry}>
        <p>{t('survey.draft.kept')}</p>
      </ErrorAlert>
    </>
  );
}

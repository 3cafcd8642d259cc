import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { type Answers, problemsByQuestion, type QuestionDef, toAnswerInputs } from './answers';

const SaveSurveyDraftMutation = graphql(`
  mutation SaveSurveyDraft($campaignId: ID, $token: String, $answers: [SurveyAnswerInput!]!) {
    saveSurveyDraft(campaignId: $campaignId, token: $token, answers: $answers) {
      problems {
        questionId
        problem
      }
    }
  }
`);

/** How the supplier reaches the survey: signed in (by campaign), or through the e-mail's secret link. */
export type SurveyAccess = { campaignId: string } | { token: string };

/** When the draft was last saved, and why the last attempt failed (null when it did not). */
export interface SaveState {
  savedAt: Date | null;
  failure: unknown;
}

export const DRAFT_DELAY_MS = 800;

/**
 * Saves the draft as the supplier types: `changed` after each answer (saved once typing pauses),
 * `flush` at once (a page change, leaving the page). The whole set of answers goes each time, so
 * the newest always wins; what failed stays pending and goes with the next save. Without `access`
 * (the preview) nothing is saved.
 */
export function useDraftSaver(access: SurveyAccess | null, questions: readonly QuestionDef[]) {
  const [mutate] = useMutation(SaveSurveyDraftMutation);
  const [state, setState] = useState<SaveState>({ savedAt: null, failure: null });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const queue = useRef<{ pending: Answers | null; timer?: ReturnType<typeof setTimeout>; running: Promise<void> | null }>({ pending: null, running: null });
  const latest = useRef({ access, questions, mutate });
  latest.current = { access, questions, mutate };

  const flush = useCallback(async function flush(): Promise<void> {
    const q = queue.current;
    clearTimeout(q.timer);
    if (q.running) {
      await q.running;
      return flush();
    }
    const { access, questions, mutate } = latest.current;
    const answers = q.pending;
    if (!access || !answers) return;
    q.pending = null;
    q.running = mutate({ variables: { ...access, answers: toAnswerInputs(questions, answers) } })
      .then(
        ({ data }) => {
          setProblems(problemsByQuestion(data?.saveSurveyDraft.problems ?? []));
          setState({ savedAt: new Date(), failure: null });
        },
        (error: unknown) => {
          q.pending ??= answers;
          setState((s) => ({ ...s, failure: error }));
        },
      )
      .finally(() => {
        q.running = null;
      });
    await q.running;
  }, []);

  const changed = useCallback(
    (answers: Answers) => {
      const q = queue.current;
      q.pending = answers;
      clearTimeout(q.timer);
      q.timer = setTimeout(() => void flush(), DRAFT_DELAY_MS);
    },
    [flush],
  );

  /** Before the response is sent: nothing more to save, and no save still on its way. */
  const settle = useCallback(async () => {
    const q = queue.current;
    clearTimeout(q.timer);
    q.pending = null;
    await q.running;
  }, []);

  // Leaving the page (a link, the browser's Back) saves what is still waiting; closing the tab
  // before it is saved asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (queue.current.pending || queue.current.running) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      void flush();
    };
  }, [flush]);

  return { state, problems, changed, flush, settle };
}

import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SaveSurveyDraftDocument, SubmitSurveyDocument } from '../../gql/graphql';
import { renderPage } from '../../test/render';
import type { SavedAnswer } from './answers';
import type { SurveyQuestion } from './question-fields';
import { SurveyForm, type SurveyToAnswer } from './SurveyForm';

const question = (id: string, position: number, type: SurveyQuestion['type'], labelFr: string, extra: Partial<SurveyQuestion> = {}): SurveyQuestion => ({
  id,
  position,
  type,
  labelFr,
  labelEn: labelFr,
  required: true,
  headline: false,
  options: [],
  showIf: null,
  ...extra,
});

const QUESTIONS = [
  question('payment', 2, 'YES_NO', 'Payé à temps ?'),
  question('global', 0, 'SATISFACTION_5', 'Globalement satisfait ?', { headline: true }),
  question('why', 1, 'FREE_TEXT', 'Pourquoi ?', { required: false, showIf: { questionId: 'global', anyOf: ['1', '2'] } }),
  question('suggestions', 3, 'FREE_TEXT', 'Vos suggestions', { required: false }),
];

const survey = (answers: SavedAnswer[] = []): SurveyToAnswer => ({
  title: 'Enquête 2026',
  anonymous: true,
  introFr: 'Cinq minutes pour nous dire comment ça se passe.',
  closesOn: '2026-12-24',
  supplierName: 'Menuiserie Berrichonne SARL',
  answered: false,
  questions: QUESTIONS,
  answers,
});

/** Every draft the form saves, in order. */
function draftMock(saved: unknown[][]) {
  return {
    request: { query: SaveSurveyDraftDocument, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: { answers: unknown[] }) => {
      saved.push(variables.answers);
      return { data: { saveSurveyDraft: { __typename: 'SurveyDraftResult', problems: [] } } };
    },
  };
}

describe('SurveyForm', () => {
  it('says the survey is anonymous first, checks required answers, shows a follow-up question live, saves the draft and sends', async () => {
    const saved: unknown[][] = [];
    let sent: unknown = null;
    const submit = {
      request: { query: SubmitSurveyDocument, variables: () => true },
      result: (variables: { answers: unknown[] }) => {
        sent = variables.answers;
        return { data: { submitSurvey: true } };
      },
    };
    renderPage(<SurveyForm survey={survey()} access={{ campaignId: 'c1' }} />, { mocks: [draftMock(saved), submit] });

    expect(screen.getByText('Vos réponses sont anonymes : rien ne les relie à votre entreprise.')).toBeTruthy();
    expect(screen.getByText('Menuiserie Berrichonne SARL')).toBeTruthy();
    expect(screen.getByText('24 décembre 2026')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Commencer' }));

    expect(screen.getByRole('heading', { name: 'Page 1 sur 2' })).toBe(document.activeElement);
    expect(screen.getByText('0 question sur 3')).toBeTruthy();
    expect(screen.queryByLabelText('Pourquoi ?')).toBeNull();

    // Nothing answered: both required questions say so, tied to their group, and the focus goes to the first.
    fireEvent.click(screen.getByRole('button', { name: 'Page suivante' }));
    const global = screen.getByRole('group', { name: /Globalement satisfait/ });
    const error = within(global).getByText('Répondez à cette question : elle est obligatoire.');
    expect(global.getAttribute('aria-describedby')).toContain(error.id);
    expect(document.activeElement).toBe(within(global).getByRole('radio', { name: '1 Très insatisfait' }));
    expect(screen.getAllByText('Répondez à cette question : elle est obligatoire.')).toHaveLength(2);

    // A 1 shows the follow-up question; what is typed is saved once typing pauses.
    fireEvent.click(within(global).getByRole('radio', { name: '1 Très insatisfait' }));
    expect(within(global).queryByText(/obligatoire\./)).toBeNull();
    fireEvent.change(screen.getByLabelText('Pourquoi ?'), { target: { value: 'Trop lent' } });
    expect(screen.getByText('9 caractères sur 2 000 au plus.')).toBeTruthy();
    await screen.findByText(/^Brouillon enregistré à \d{1,2} h \d{2}$/, {}, { timeout: 3000 });
    expect(saved.at(-1)).toEqual([
      { questionId: 'global', number: 1 },
      { questionId: 'why', text: 'Trop lent' },
    ]);

    fireEvent.click(screen.getByRole('radio', { name: 'Oui' }));
    fireEvent.click(screen.getByRole('button', { name: 'Page suivante' }));
    expect(screen.getByRole('heading', { name: 'Page 2 sur 2' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Relire mes réponses' }));

    expect(screen.getByRole('heading', { name: 'Relire et envoyer' })).toBeTruthy();
    expect(screen.getByText('1 — Très insatisfait')).toBeTruthy();
    expect(screen.getByText('Sans réponse')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer mes réponses' }));

    expect(await screen.findByRole('heading', { name: 'Merci, vos réponses sont envoyées' })).toBeTruthy();
    expect(sent).toEqual([
      { questionId: 'global', number: 1 },
      { questionId: 'why', text: 'Trop lent' },
      { questionId: 'payment', yes: true },
    ]);
  });

  it('resumes a draft on the first page with a question left to answer', () => {
    renderPage(
      <SurveyForm
        survey={survey([
          { questionId: 'global', number: 4, noOpinion: false },
          { questionId: 'payment', yes: false, noOpinion: false },
        ])}
        access={{ campaignId: 'c1' }}
      />,
      { mocks: [draftMock([])] },
    );
    expect(screen.getByText('Un brouillon est enregistré : 2 questions sur 3 ont une réponse.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reprendre' }));
    expect(screen.getByRole('heading', { name: 'Page 2 sur 2' })).toBeTruthy();
    expect(screen.getByText('2 questions sur 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Page précédente' }));
    expect((screen.getByRole('radio', { name: '4 Satisfait' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Non' }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows the problems the server refuses beside their questions, keeping every answer', async () => {
    const refuse = {
      request: { query: SubmitSurveyDocument, variables: () => true },
      result: { errors: [{ message: 'Certaines réponses manquent.', extensions: { code: 'BAD_USER_INPUT', details: { problems: [{ questionId: 'payment', problem: 'oui ou non est attendu' }] } } }] },
    };
    renderPage(
      <SurveyForm
        survey={survey([
          { questionId: 'global', number: 5, noOpinion: false },
          { questionId: 'payment', yes: true, noOpinion: false },
          { questionId: 'suggestions', text: 'Merci', noOpinion: false },
        ])}
        access={{ token: 'secret' }}
      />,
      { mocks: [draftMock([]), refuse] },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reprendre' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Envoyer mes réponses' }));
    const payment = await screen.findByRole('group', { name: /Payé à temps/ });
    expect(within(payment).getByText('Réponse refusée : oui ou non est attendu.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Page 1 sur 2' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: '5 Très satisfait' }) as HTMLInputElement).checked).toBe(true);
  });
});

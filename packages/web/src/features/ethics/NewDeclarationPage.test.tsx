import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgentDirectoryDocument, CheckDeclarationDocument, type DeclarationInput, DeclarationDetailDocument, FileDeclarationDocument } from '../../gql/graphql';
import { renderPage, supplierOwner, viewerMock } from '../../test/render';
import NewDeclarationPage from './NewDeclarationPage';

const uploaded: string[] = [];
vi.mock('../invoice-import/upload', () => ({
  UploadError: class extends Error {},
  uploadFile: async (file: File) => {
    uploaded.push(file.name);
    return { uploadId: `up-${uploaded.length}`, bytes: file.size };
  },
}));

const flat = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const eur = (amount: string) => ({ __typename: 'Money' as const, amount, currency: 'EUR' });
const fatima = { __typename: 'AgentRef' as const, id: 'a1', displayName: 'Fatima Finances', direction: 'Direction des finances' };

const directory = {
  request: { query: AgentDirectoryDocument, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { agentDirectory: [fatima] } },
};

/** The server's rules, simplified: 50 € already given to this agent this year, cap 73 €. */
function checkMock(checked: DeclarationInput[]) {
  return {
    request: { query: CheckDeclarationDocument, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: ({ input }: { input: DeclarationInput }) => {
      checked.push(input);
      const valued = input.value && input.beneficiaryAgentId;
      const total = valued ? (5000 + Math.round(Number(input.value) * 100)) / 100 : null;
      return {
        data: {
          checkDeclaration: {
            __typename: 'DeclarationCheck' as const,
            flags: total !== null && total > 73 ? ['OVER_YEARLY_CAP' as const] : [],
            consultations: [],
            problems: input.occasion ? [] : [{ __typename: 'FieldProblem' as const, field: 'occasion', problem: "Précisez l'occasion." }],
            cap: valued ? eur('73.00') : null,
            runningTotal: total !== null ? eur(total.toFixed(2)) : null,
          },
        },
      };
    },
  };
}

function fileMock(filed: DeclarationInput[]) {
  return {
    request: { query: FileDeclarationDocument, variables: () => true },
    result: ({ input }: { input: DeclarationInput }) => {
      filed.push(input);
      return { data: { fileDeclaration: { __typename: 'Declaration' as const, id: 'd9', status: 'SUBMITTED' as const } } };
    },
  };
}

const field = (label: string | RegExp) => screen.getByLabelText(label);
const type = (label: string | RegExp, value: string) => fireEvent.change(field(label), { target: { value } });

describe('NewDeclarationPage', () => {
  afterEach(() => sessionStorage.clear());

  it('refuses an empty form with a summary that takes the focus and names each field', async () => {
    renderPage(<NewDeclarationPage />, { mocks: [viewerMock(supplierOwner)], path: '/deontologie/declarations/nouvelle' });
    fireEvent.click(await screen.findByRole('button', { name: 'Déposer la déclaration' }));
    const summary = await screen.findByRole('group', { name: "Le formulaire n'est pas complet : 1 point à corriger." });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(within(summary).getByRole('link').textContent).toBe('Que déclarez-vous ? : Choisissez ce que vous déclarez.');

    fireEvent.click(screen.getByRole('radio', { name: 'Invitation' }));
    fireEvent.click(screen.getByRole('button', { name: 'Déposer la déclaration' }));
    const links = within(await screen.findByRole('group', { name: /5 points à corriger/ })).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Quelle invitation ? : Renseignez ce champ.',
      'Valeur estimée, toutes taxes comprises, en euros : Indiquez une valeur estimée, même approximative.',
      "Date de l'invitation : Indiquez la date.",
      'Lieu : Renseignez ce champ.',
      'Bénéficiaire : Choisissez un agent dans les résultats de la recherche, ou indiquez un service hors annuaire.',
    ]);
    // Each error is tied to its field.
    const place = field(/^Lieu/);
    expect(place.getAttribute('aria-invalid')).toBe('true');
    expect(place.getAttribute('aria-describedby')).toContain(screen.getAllByText('Renseignez ce champ.')[1]!.id);
    fireEvent.click(links[3]!);
    expect(document.activeElement).toBe(place);
  });

  it('checks the rules live and announces the cap with the running total, then files anyway', async () => {
    const checked: DeclarationInput[] = [];
    const filed: DeclarationInput[] = [];
    renderPage(<NewDeclarationPage />, { mocks: [viewerMock(supplierOwner), directory, checkMock(checked), fileMock(filed)], path: '/deontologie/declarations/nouvelle' });
    fireEvent.click(await screen.findByRole('radio', { name: 'Cadeau' }));
    type(/^Quel cadeau/, 'Coffret de chocolats');
    type(/^Valeur estimée/, '45,00');
    // No date yet: nothing to check.
    await new Promise((r) => setTimeout(r, 500));
    expect(checked).toEqual([]);
    type(/^Date du cadeau/, '2026-01-02');
    type(/^Rechercher un agent/, 'Fati');
    fireEvent.click(await screen.findByRole('radio', { name: 'Fatima Finances (Direction des finances)' }));

    const live = await screen.findByText(/Avec ce cadeau, le total de l'année pour ce bénéficiaire atteint/, {}, { timeout: 3000 });
    const region = live.closest('[role="status"]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(flat(region)).toContain("Avec ce cadeau, le total de l'année pour ce bénéficiaire atteint 95,00 €, au-delà du plafond de 73,00 €.");
    expect(flat(region)).toContain('Ces avertissements ne vous empêchent pas de déposer la déclaration');
    expect(checked.at(-1)).toEqual({ kind: 'GIFT', what: 'Coffret de chocolats', value: '45.00', eventOn: '2026-01-02', beneficiaryAgentId: 'a1' });
    // The server's field problems, named by their labels.
    const toFix = within(screen.getByRole('region', { name: 'Vérification des règles' })).getByRole('list', { name: 'Encore à compléter ou à corriger :' });
    expect(within(toFix).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['À quelle occasion ?']);

    type(/^À quelle occasion/, 'Vœux');
    fireEvent.click(screen.getByRole('button', { name: 'Déposer la déclaration' }));
    expect(await screen.findByText('elsewhere')).toBeTruthy();
    expect(filed).toEqual([{ kind: 'GIFT', what: 'Coffret de chocolats', value: '45.00', eventOn: '2026-01-02', occasion: 'Vœux', beneficiaryAgentId: 'a1' }]);
    // Filed: the draft kept in the tab is gone.
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('spaser.declarationDraft'))).toEqual([]);
  });

  it('says clearly that a report is confidential and may be anonymous, and does not check rules for it', async () => {
    const checked: DeclarationInput[] = [];
    const filed: DeclarationInput[] = [];
    renderPage(<NewDeclarationPage />, { mocks: [viewerMock(supplierOwner), checkMock(checked), fileMock(filed)], path: '/deontologie/declarations/nouvelle' });
    fireEvent.click(await screen.findByRole('radio', { name: 'Signalement de pratique anticoncurrentielle' }));
    expect(screen.getByText("Signalement confidentiel (lanceur d'alerte, loi Sapin II)")).toBeTruthy();
    expect(screen.getByText(/Seuls vous et le référent déontologue de la Région lisez ce signalement/)).toBeTruthy();
    type(/^Décrivez les faits/, 'Entente sur les prix du lot 2.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Déposer ce signalement anonymement' }));
    expect(screen.queryByRole('region', { name: 'Vérification des règles' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Déposer la déclaration' }));
    expect(await screen.findByText('elsewhere')).toBeTruthy();
    expect(filed).toEqual([{ kind: 'ANTI_COMPETITIVE_PRACTICE', description: 'Entente sur les prix du lot 2.', anonymous: true }]);
    expect(checked).toEqual([]);
  });

  it('amends a declaration: prefilled, same kind, pointing to it', async () => {
    const filed: DeclarationInput[] = [];
    const amended = {
      request: { query: DeclarationDetailDocument, variables: { id: 'd1' } },
      result: {
        data: {
          declaration: {
            __typename: 'Declaration' as const,
            id: 'd1',
            kind: 'GIFT' as const,
            status: 'ACKNOWLEDGED' as const,
            submittedAt: '2026-03-02T10:00:00.000Z',
            authorName: 'Claire Berthon',
            anonymous: false,
            amendsId: null,
            eventOn: '2026-03-01',
            what: 'Coffret',
            occasion: 'Salon',
            place: null,
            nature: null,
            description: null,
            value: eur('45.00'),
            beneficiaryAgent: fatima,
            beneficiaryDepartment: null,
            beneficiaryName: null,
            flags: [],
            flagConsultations: [],
            cap: eur('73.00'),
            runningTotal: eur('45.00'),
            attachments: [],
          },
        },
      },
    };
    renderPage(<NewDeclarationPage />, {
      mocks: [viewerMock(supplierOwner), amended, checkMock([]), fileMock(filed)],
      path: '/deontologie/declarations/nouvelle',
      route: '/deontologie/declarations/nouvelle?rectifie=d1',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Rectifier une déclaration' })).toBeTruthy();
    expect((await screen.findByLabelText(/^Valeur estimée/) as HTMLInputElement).value).toBe('45,00');
    expect(screen.queryByRole('radio', { name: 'Invitation' })).toBeNull();
    type(/^Valeur estimée/, '30');
    fireEvent.click(screen.getByRole('button', { name: 'Déposer le rectificatif' }));
    expect(await screen.findByText('elsewhere')).toBeTruthy();
    expect(filed).toEqual([{ kind: 'GIFT', amendsId: 'd1', what: 'Coffret', value: '30.00', eventOn: '2026-03-01', occasion: 'Salon', beneficiaryAgentId: 'a1' }]);
  });

  it('checks attachments as they are chosen, sends the good ones first, and files the declaration with them', async () => {
    const filed: DeclarationInput[] = [];
    uploaded.length = 0;
    renderPage(<NewDeclarationPage />, { mocks: [viewerMock(supplierOwner), fileMock(filed)], path: '/deontologie/declarations/nouvelle' });
    fireEvent.click(await screen.findByRole('radio', { name: 'Signalement de pratique anticoncurrentielle' }));
    type(/^Décrivez les faits/, 'Entente sur les prix.');
    const input = screen.getByLabelText('Joindre des fichiers') as HTMLInputElement;
    const pdf = new File(['%PDF-1.4 preuve'], 'preuve.pdf', { type: 'application/pdf' });
    const fake = new File(['pas une image'], 'photo.png', { type: 'image/png' });
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'scan.pdf', { type: 'application/pdf' });
    fireEvent.change(input, { target: { files: [pdf, fake, big] } });
    expect(await screen.findByText("« photo.png » n'est ni un PDF, ni une image PNG ou JPEG : il n'est pas joint.")).toBeTruthy();
    expect(screen.getByText('« scan.pdf » dépasse 5 Mo : il n\'est pas joint.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const chosen = screen.getByRole('list', { name: '1 fichier joint' });
    expect(flat(chosen)).toContain('preuve.pdf (PDF, 15 o)');

    fireEvent.click(screen.getByRole('button', { name: 'Déposer la déclaration' }));
    expect(await screen.findByText('elsewhere')).toBeTruthy();
    expect(uploaded).toEqual(['preuve.pdf']);
    expect(filed).toEqual([{ kind: 'ANTI_COMPETITIVE_PRACTICE', description: 'Entente sur les prix.', anonymous: false, attachmentUploadIds: ['up-1'] }]);
  });
});

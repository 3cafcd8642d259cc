import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { declarationPath } from '../../app/access';
import { graphql } from '../../gql';
import { todayInParis } from '../../shared/format';
import { Alert, ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Checkbox, TextAreaField, TextField } from '../../shared/ui/TextField';
import { UploadError, uploadFile } from '../invoice-import/upload';
import { AttachmentPicker, type ChosenFile } from './AttachmentPicker';
import { BeneficiaryPicker } from './BeneficiaryPicker';
import { KINDS, NATURES } from './declaration-labels';
import {
  checkInput,
  type DeclarationDraft,
  type DraftField,
  draftProblems,
  fieldsOf,
  type Problem,
  problemList,
  serverProblems,
  toDeclarationInput,
} from './declaration-form';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draft-storage';
import { ErrorSummary } from './ErrorSummary';
import { useEthicsT } from './ethics-i18n';
import { LiveRuleCheck } from './LiveRuleCheck';
import { RadioGroup } from './RadioGroup';

const FileDeclarationMutation = graphql(`
  mutation FileDeclaration($input: DeclarationInput!) {
    fileDeclaration(input: $input) {
      id
      status
    }
  }
`);

/** Where the declaration's page learns that it was just filed (to say so). */
export interface FiledState {
  filed: true;
}

/**
 * A new declaration, or an amendment of `amendsId` (same kind). The rules are checked live as it
 * is filled in; what is missing is listed at the top when the filing is refused, with the focus on
 * that list. Warnings never block: the declaration is filed and its flags stored.
 */
export function DeclarationForm({ initial, amendsId, userId }: { initial: DeclarationDraft; amendsId: string | null; userId: string }) {
  const t = useEthicsT();
  const id = useId();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const storageKey = draftKey(userId, amendsId);
  const [restored, setRestored] = useState(() => loadDraft(storageKey));
  const [draft, setDraft] = useState(() => restored ?? initial);
  const [shown, setShown] = useState(false);
  const [fromServer, setFromServer] = useState<Partial<Record<DraftField, string>>>({});
  const [focusSummary, setFocusSummary] = useState(0);
  const [file, { loading, error }] = useMutation(FileDeclarationMutation);
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [sending, setSending] = useState<{ done: number; total: number } | null>(null);
  const [uploadFailure, setUploadFailure] = useState<{ name: string; message: string } | null>(null);
  const busy = loading || sending !== null;

  useEffect(() => {
    if (focusSummary) summary.current?.focus();
  }, [focusSummary]);

  // Kept in this tab as it is typed: a reload or a failed filing loses nothing.
  useEffect(() => saveDraft(storageKey, draft), [storageKey, draft]);

  const kind = draft.kind;
  const fields = fieldsOf(kind);
  const local = shown ? draftProblems(draft, todayInParis()) : {};
  const labelOf = (field: DraftField): string => {
    switch (field) {
      case 'kind':
        return t('ethics.form.kind.legend');
      case 'what':
      case 'eventOn':
      case 'description':
        return t(`ethics.form.${field}.label.${kind || 'GIFT'}`);
      case 'beneficiary':
        return t(kind === 'CONFLICT_OF_INTEREST' ? 'ethics.form.beneficiary.legendConcerned' : 'ethics.form.beneficiary.legend');
      case 'attachments':
        return t('ethics.attachments.legend');
      default:
        return t(`ethics.form.${field}.label`);
    }
  };
  const message = (field: DraftField, problem: Problem) => t(`ethics.form.problem.${problem}`, { context: field });
  const errorOf = (field: DraftField): string | undefined => (local[field] ? message(field, local[field]) : fromServer[field]);

  const summaryItems = [
    ...problemList(local, kind).map(([field, problem]) => ({ field, label: labelOf(field), message: message(field, problem) })),
    ...(Object.entries(fromServer) as [DraftField, string][]).filter(([field]) => !local[field]).map(([field, text]) => ({ field, label: labelOf(field), message: text })),
  ];

  function change(patch: Partial<DeclarationDraft>) {
    setDraft((d) => ({ ...d, ...patch }));
    if (Object.keys(fromServer).length) setFromServer({});
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setShown(true);
    setFromServer({});
    setUploadFailure(null);
    const problems = draftProblems(draft, todayInParis());
    if (Object.keys(problems).length || !draft.kind) {
      setFocusSummary((n) => n + 1);
      return;
    }
    // The files first (POST /uploads), then the declaration that names them.
    const uploadIds: string[] = [];
    setSending({ done: 0, total: files.length });
    for (const chosen of files) {
      try {
        uploadIds.push((await uploadFile(chosen.file)).uploadId);
        setSending({ done: uploadIds.length, total: files.length });
      } catch (e) {
        setSending(null);
        setUploadFailure({ name: chosen.file.name, message: e instanceof UploadError ? e.message : '' });
        return;
      }
    }
    setSending(null);
    try {
      const input = toDeclarationInput({ ...draft, kind: draft.kind }, amendsId);
      const result = await file({ variables: { input: uploadIds.length ? { ...input, attachmentUploadIds: uploadIds } : input } });
      if (result.data) clearDraft(storageKey);
      if (result.data) navigate(declarationPath(result.data.fileDeclaration.id), { state: { filed: true } satisfies FiledState });
    } catch (e) {
      const problemsFromServer = serverProblems(e);
      if (Object.keys(problemsFromServer).length) {
        setFromServer(problemsFromServer);
        setFocusSummary((n) => n + 1);
      }
    }
  }

  const failure = error && !Object.keys(serverProblems(error)).length ? error : null;

  return (
    <form ref={form} className="form form--wide" noValidate aria-labelledby={`${id}-title`} onSubmit={(e) => void onSubmit(e)}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('ethics.form.title')}
      </h2>
      {summaryItems.length > 0 && <ErrorSummary ref={summary} items={summaryItems} form={() => form.current} />}
      {restored && (
        <div className="callout callout--action">
          <p>{t('ethics.form.restored')}</p>
          <Button
            variant="secondary"
            onClick={() => {
              setDraft(initial);
              setRestored(null);
              setShown(false);
              setFromServer({});
            }}
          >
            {t('ethics.form.restart')}
          </Button>
        </div>
      )}

      {amendsId ? (
        <p>
          <strong>{kind && t('ethics.form.kind.current', { kind: t(`ethics.kind.${kind}`) })}</strong> <span className="note">{t('ethics.form.kind.locked')}</span>
        </p>
      ) : (
        <RadioGroup
          legend={t('ethics.form.kind.legend')}
          field="kind"
          options={KINDS.map((k) => ({ value: k, label: t(`ethics.kind.${k}`), hint: t(`ethics.form.kind.hint.${k}`) }))}
          value={kind}
          error={errorOf('kind')}
          onChange={(k) => change({ kind: k })}
        />
      )}

      {kind === 'ANTI_COMPETITIVE_PRACTICE' && (
        <div className="callout callout--anonymity">
          <p>
            <strong>{t('ethics.form.report.title')}</strong>
          </p>
          <p>{t('ethics.form.report.confidential')}</p>
          <p>{t('ethics.form.report.anonymous')}</p>
        </div>
      )}

      {fields.map((field) => {
        switch (field) {
          case 'what':
            return (
              <TextField
                key={field}
                data-field={field}
                label={labelOf(field)}
                hint={t(`ethics.form.what.hint.${kind === 'INVITATION' ? 'INVITATION' : 'GIFT'}`)}
                required
                maxLength={200}
                value={draft.what}
                error={errorOf(field)}
                onChange={(e) => change({ what: e.target.value })}
              />
            );
          case 'value':
            return (
              <TextField
                key={field}
                data-field={field}
                label={labelOf(field)}
                hint={t('ethics.form.value.hint')}
                required
                inputMode="decimal"
                autoComplete="off"
                maxLength={20}
                value={draft.value}
                error={errorOf(field)}
                onChange={(e) => change({ value: e.target.value })}
              />
            );
          case 'eventOn':
            return (
              <TextField
                key={field}
                data-field={field}
                label={labelOf(field)}
                hint={kind === 'CONFLICT_OF_INTEREST' ? t('ethics.form.eventOn.hintConflict') : undefined}
                required
                type="date"
                max={todayInParis()}
                value={draft.eventOn}
                error={errorOf(field)}
                onChange={(e) => change({ eventOn: e.target.value })}
              />
            );
          case 'occasion':
            return (
              <TextField
                key={field}
                data-field={field}
                label={labelOf(field)}
                hint={t('ethics.form.occasion.hint')}
                required
                maxLength={200}
                value={draft.occasion}
                error={errorOf(field)}
                onChange={(e) => change({ occasion: e.target.value })}
              />
            );
          case 'place':
            return (
              <TextField
                key={field}
                data-field={field}
                label={labelOf(field)}
                hint={t('ethics.form.place.hint')}
                required
                maxLength={200}
                value={draft.place}
                error={errorOf(field)}
                onChange={(e) => change({ place: e.target.value })}
              />
            );
          case 'nature':
            return (
              <RadioGroup
                key={field}
                legend={labelOf(field)}
                field={field}
                options={NATURES.map((n) => ({ value: n, label: t(`ethics.nature.${n}`) }))}
                value={NATURES.find((n) => n === draft.nature) ?? ''}
                error={errorOf(field)}
                onChange={(n) => change({ nature: n })}
              />
            );
          case 'beneficiary':
            return <BeneficiaryPicker key={field} legend={labelOf(field)} value={draft} error={errorOf(field)} onChange={change} />;
          case 'description':
            return (
              <TextAreaField
                key={field}
                data-field={field}
                label={labelOf(field)}
                hint={t(`ethics.form.description.hint.${kind === 'ANTI_COMPETITIVE_PRACTICE' ? 'ANTI_COMPETITIVE_PRACTICE' : 'CONFLICT_OF_INTEREST'}`)}
                required
                rows={6}
                maxLength={5000}
                value={draft.description}
                error={errorOf(field)}
                onChange={(e) => change({ description: e.target.value })}
              />
            );
          default:
            return null;
        }
      })}

      {kind === 'ANTI_COMPETITIVE_PRACTICE' && (
        <Checkbox label={t('ethics.form.anonymous.label')} hint={t('ethics.form.anonymous.hint')} checked={draft.anonymous} onChange={(e) => change({ anonymous: e.target.checked })} />
      )}

      {kind && (
        <AttachmentPicker
          files={files}
          error={fromServer.attachments}
          amendment={!!amendsId}
          onChange={(chosen) => {
            setFiles(chosen);
            setFromServer(({ attachments: _, ...rest }) => rest);
          }}
        />
      )}

      {kind && kind !== 'ANTI_COMPETITIVE_PRACTICE' && <LiveRuleCheck input={checkInput(draft, amendsId)} labelOf={labelOf} />}

      {failure && <ErrorAlert error={failure}>{<p>{t('ethics.form.kept')}</p>}</ErrorAlert>}
      {uploadFailure && (
        <Alert tone="error">
          <p>{t('ethics.attachments.uploadFailed', { name: uploadFailure.name })}</p>
          {uploadFailure.message && <p lang="fr">{uploadFailure.message}</p>}
          <p>{t('ethics.form.kept')}</p>
        </Alert>
      )}
      <p role="status" className="note">
        {sending && sending.total > 0 ? t('ethics.attachments.sending', { done: sending.done, total: sending.total }) : ''}
      </p>
      <Button type="submit" busy={busy}>
        {t(amendsId ? 'ethics.form.submitAmendment' : 'ethics.form.submit')}
      </Button>
    </form>
  );
}

import { type ChangeEvent, useId, useState } from 'react';
import { currentLanguage } from '../../app/i18n';
import { Button } from '../../shared/ui/Button';
import { ACCEPT, addFiles, type Chosen, type FileProblem, formatBytes, kindOf } from './attachments';
import { useEthicsT } from './ethics-i18n';

export type ChosenFile = Chosen<File>;

async function headOf(file: File): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.slice(0, 8).arrayBuffer());
  } catch {
    return new Uint8Array();
  }
}

/**
 * Optional files joined to the declaration: checked here as they are chosen (size, type read from
 * their first bytes, five at most), sent with the declaration.
 */
export function AttachmentPicker({
  files,
  error,
  amendment,
  onChange,
}: {
  files: readonly ChosenFile[];
  /** The server's refusal, when filing failed because of a file. */
  error?: string;
  amendment: boolean;
  onChange: (files: ChosenFile[]) => void;
}) {
  const t = useEthicsT();
  const id = useId();
  const [refused, setRefused] = useState<{ name: string; problem: FileProblem }[]>([]);

  async function onPick(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const picked = [...(input.files ?? [])];
    // The same file may be chosen again after being removed.
    input.value = '';
    const incoming = await Promise.all(picked.map(async (file) => ({ file, head: await headOf(file) })));
    const result = addFiles(files, incoming);
    setRefused(result.refused);
    onChange(result.kept);
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = refused.length > 0 || !!error;
  return (
    <fieldset className="form__group" data-field="attachments">
      <legend>{t('ethics.attachments.legend')}</legend>
      <div className={['field', invalid && 'field--invalid'].filter(Boolean).join(' ')}>
        <label htmlFor={`${id}-input`}>{t('ethics.attachments.add')}</label>
        <p className="field__hint" id={hintId}>
          {t('ethics.attachments.hint')}
          {amendment && ` ${t('ethics.attachments.amendmentHint')}`}
        </p>
        <input
          id={`${id}-input`}
          type="file"
          multiple
          accept={ACCEPT}
          aria-invalid={invalid || undefined}
          aria-describedby={[hintId, invalid && errorId].filter(Boolean).join(' ')}
          onChange={(e) => void onPick(e)}
        />
        <div id={errorId} role="status">
          {refused.length > 0 && (
            <ul className="field__error">
              {refused.map((r) => (
                <li key={r.name}>{t(`ethics.attachments.problem.${r.problem}`, { name: r.name })}</li>
              ))}
            </ul>
          )}
          {error && (
            <p className="field__error" lang="fr">
              {error}
            </p>
          )}
        </div>
      </div>
      {files.length > 0 && (
        <ul className="attachment-list" aria-label={t('ethics.attachments.chosen', { count: files.length })}>
          {files.map((c) => (
            <li key={`${c.file.name}-${c.file.size}-${c.file.lastModified}`}>
              <span>
                {c.file.name} <span className="note">({t('ethics.attachments.meta', { kind: kindOf(c.mediaType), size: formatBytes(c.file.size, currentLanguage()) })})</span>
              </span>
              <Button
                variant="quiet"
                onClick={() => {
                  setRefused([]);
                  onChange(files.filter((f) => f !== c));
                }}
              >
                {t('ethics.attachments.remove')}
                <span className="visually-hidden"> {c.file.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

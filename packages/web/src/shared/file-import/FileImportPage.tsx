import { Fragment, type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Page } from '../ui/Page';
import { TableWrap } from '../ui/TableWrap';
import { useFileImport } from './use-file-import';

/** What every import reports, dry run or not; an import may report more counts (`moreCounts`). */
export interface FileImportReport {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rejected: readonly { reason: string }[];
}

/**
 * The texts of an import page, by their name under the page's own key (each bundle has them all:
 * `contractImport.checking`, `onboarding.import.checking`, `import.checking`...). Options: `count`
 * for `checked` and `rejectedCaption`, `file` for `dryRunIntro` and `finalIntro`.
 */
export type FileImportTextKey =
  | 'title'
  | 'intro'
  | 'formatTitle'
  | 'file'
  | 'fileHint'
  | 'fileMissing'
  | 'progress'
  | 'uploadFailed'
  | 'check'
  | 'checkAgain'
  | 'uploading'
  | 'checking'
  | 'checked'
  | 'importing'
  | 'imported'
  | 'confirmIntro'
  | 'confirmWithRejections'
  | 'confirm'
  | 'expired'
  | 'dryRunTitle'
  | 'dryRunIntro'
  | 'finalTitle'
  | 'finalIntro'
  | 'counts.wouldCreate'
  | 'counts.created'
  | 'counts.wouldUpdate'
  | 'counts.updated'
  | 'counts.unchanged'
  | 'counts.rejected'
  | 'rejectedLabel'
  | 'rejectedCaption'
  | 'reason';

export type FileImportText = (key: FileImportTextKey, options?: { count?: number; file?: string }) => string;

export interface FileImportPageProps<R extends FileImportReport> {
  /** The page's texts (see FileImportTextKey), already translated. */
  text: FileImportText;
  /** The file types the file field offers (its `accept`). */
  accept: string;
  /** The body of the "file format" disclosure, under its summary. */
  format: ReactNode;
  /** The import mutation: the report of a dry run or of the real import of an upload; throws on failure. */
  run: (uploadId: string, dryRun: boolean) => Promise<R>;
  /** The counts particular to this import, between "unchanged" and "rejected". */
  moreCounts?: (report: R) => { label: string; value: number }[];
  /** How a rejected row is named: the first column of the table of rejections (a line number, a record id). */
  rejectedBy: { label: string; cell: (row: R['rejected'][number]) => ReactNode };
  /** Shown under the report of the real import (a link to what was imported). */
  after: ReactNode;
}

/**
 * An import page: the file choice, the dry run's report (counts and the table of rejected rows, each
 * with its reason), then the confirmation and the real import's report, through the shared import flow.
 * The page that uses it gives its texts, its mutation and how a rejected row is named.
 */
export function FileImportPage<R extends FileImportReport>({ text, accept, format, run, moreCounts, rejectedBy, after }: FileImportPageProps<R>) {
  const { t } = useTranslation();
  const id = useId();
  const flow = useFileImport<R>(run);
  const { phase, dryReport, finalReport, failure } = flow;

  const statusText =
    phase === 'uploading'
      ? text('uploading')
      : phase === 'checking'
        ? text('checking')
        : phase === 'importing'
          ? text('importing')
          : phase === 'checked' && dryReport
            ? text('checked', { count: dryReport.rejected.length })
            : phase === 'imported'
              ? text('imported')
              : '';

  const report = (shown: R, children: ReactNode) => (
    <ImportReport report={shown} fileName={flow.file?.name ?? ''} text={text} moreCounts={moreCounts} rejectedBy={rejectedBy}>
      {children}
    </ImportReport>
  );

  return (
    <Page title={text('title')}>
      <p className="lead">{text('intro')}</p>
      <details className="disclosure">
        <summary>{text('formatTitle')}</summary>
        {format}
      </details>

      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void flow.check();
        }}
      >
        <div className={['field', flow.missingFile && 'field--invalid'].filter(Boolean).join(' ')}>
          <label htmlFor={`${id}-file`}>
            {text('file')}
            <span className="field__required"> {t('form.required')}</span>
          </label>
          <p className="field__hint" id={`${id}-hint`}>
            {text('fileHint')}
          </p>
          <input
            id={`${id}-file`}
            type="file"
            name="file"
            accept={accept}
            aria-required
            aria-invalid={flow.missingFile ? true : undefined}
            aria-describedby={[`${id}-hint`, flow.missingFile && `${id}-error`].filter(Boolean).join(' ')}
            onChange={(e) => flow.choose(e.target.files?.[0] ?? null)}
          />
          {flow.missingFile && (
            <p className="field__error" id={`${id}-error`}>
              {text('fileMissing')}
            </p>
          )}
        </div>
        {phase === 'uploading' && (
          <progress className="progress" max={1} value={flow.progress} aria-label={text('progress')}>
            {Math.round(flow.progress * 100)} %
          </progress>
        )}
        {flow.uploadError && (
          <Alert tone="error">
            {flow.uploadError.message ? <p lang="fr">{flow.uploadError.message}</p> : <p>{flow.uploadError.status === 0 ? t('errors.network') : text('uploadFailed')}</p>}
          </Alert>
        )}
        {failure?.at === 'check' && <ErrorAlert error={failure.error} />}
        <Button type="submit" variant={dryReport ? 'secondary' : 'primary'} busy={phase === 'uploading' || phase === 'checking'}>
          {text(dryReport ? 'checkAgain' : 'check')}
        </Button>
      </form>

      <p role="status" className="count">
        {statusText}
      </p>

      {dryReport &&
        !finalReport &&
        report(
          dryReport,
          <>
            <p>{text(dryReport.rejected.length ? 'confirmWithRejections' : 'confirmIntro')}</p>
            {failure?.at === 'confirm' && <ErrorAlert error={failure.error} />}
            {flow.uploaded ? (
              <Button busy={phase === 'importing'} onClick={() => void flow.confirm()}>
                {text('confirm')}
              </Button>
            ) : (
              <p className="note">{text('expired')}</p>
            )}
          </>,
        )}
      {finalReport && report(finalReport, after)}
    </Page>
  );
}

function ImportReport<R extends FileImportReport>({
  report,
  fileName,
  text,
  moreCounts,
  rejectedBy,
  children,
}: Pick<FileImportPageProps<R>, 'text' | 'moreCounts' | 'rejectedBy'> & { report: R; fileName: string; children: ReactNode }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The report replaces the waiting message: the keyboard focus goes to it.
  useEffect(() => heading.current?.focus(), []);
  const dry = report.dryRun;
  return (
    <section aria-labelledby={`${id}-title`} className="report">
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {text(dry ? 'dryRunTitle' : 'finalTitle')}
      </h2>
      <p>{text(dry ? 'dryRunIntro' : 'finalIntro', { file: fileName })}</p>
      <dl className="details report__counts">
        <dt>{text(dry ? 'counts.wouldCreate' : 'counts.created')}</dt>
        <dd>{report.created}</dd>
        <dt>{text(dry ? 'counts.wouldUpdate' : 'counts.updated')}</dt>
        <dd>{report.updated}</dd>
        <dt>{text('counts.unchanged')}</dt>
        <dd>{report.unchanged}</dd>
        {moreCounts?.(report).map(({ label, value }) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
        <dt>{text('counts.rejected')}</dt>
        <dd>{report.rejected.length}</dd>
      </dl>
      {report.rejected.length > 0 && (
        <TableWrap label={text('rejectedLabel')}>
          <table className="table">
            <caption>{text('rejectedCaption', { count: report.rejected.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{rejectedBy.label}</th>
                <th scope="col">{text('reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((row, i) => (
                <tr key={i}>
                  <th scope="row">{rejectedBy.cell(row)}</th>
                  <td lang="fr">{row.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {children}
    </section>
  );
}

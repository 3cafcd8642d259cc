import { useMutation } from '@apollo/client/react';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { graphql } from '../../gql';
import type { ImportInvoicesMutation } from '../../gql/graphql';
import { errorCode } from '../../shared/errors';
import { Alert, ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { TableWrap } from '../../shared/ui/TableWrap';
import { UploadError, uploadFile } from './upload';
import '../../i18n/payments';

const ImportInvoicesMutation = graphql(`
  mutation ImportInvoices($uploadId: ID!, $dryRun: Boolean!) {
    importInvoices(uploadId: $uploadId, dryRun: $dryRun) {
      dryRun
      created
      updated
      unchanged
      rejected {
        line
        reason
      }
    }
  }
`);

type Report = ImportInvoicesMutation['importInvoices'];
type Phase = 'idle' | 'uploading' | 'checking' | 'checked' | 'importing' | 'imported';

/** A file is the same file while its name, size and date are. */
const fileKey = (file: File) => `${file.name}|${file.size}|${file.lastModified}`;

const COLUMNS = 'siret;numero_facture;date_emission;date_reception;montant_ht;montant_ttc;statut;date_statut;motif;reference_marche';

/**
 * FINANCE imports the accounting system's invoice file: upload, a dry run that reports every line it
 * would reject, then the real import of the same upload. The chosen file stays chosen whatever fails.
 */
export default function ImportInvoicesPage() {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<{ key: string; uploadId: string } | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<UploadError | null>(null);
  const [dryReport, setDryReport] = useState<Report | null>(null);
  const [finalReport, setFinalReport] = useState<Report | null>(null);
  const [errorAt, setErrorAt] = useState<'check' | 'confirm' | null>(null);
  const [runImport, { error: importError, reset: resetImport }] = useMutation(ImportInvoicesMutation, {
    update(cache, { data }) {
      // Invoices changed: every list and summary is read again from the server.
      if (data && !data.importInvoices.dryRun) {
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'invoices' });
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'invoice' });
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'paymentSummary' });
        cache.gc();
      }
    },
  });
  const busy = phase === 'uploading' || phase === 'checking' || phase === 'importing';

  function choose(chosen: File | null) {
    setFile(chosen);
    setProblem(null);
    setUploadError(null);
    resetImport();
    setErrorAt(null);
    setDryReport(null);
    setFinalReport(null);
    setPhase('idle');
  }

  async function check(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setUploadError(null);
    resetImport();
    setErrorAt(null);
    setFinalReport(null);
    if (!file) {
      setProblem(t('import.fileMissing'));
      return;
    }
    setProblem(null);
    let uploadId = upload?.key === fileKey(file) ? upload.uploadId : null;
    if (!uploadId) {
      setPhase('uploading');
      setProgress(0);
      try {
        uploadId = (await uploadFile(file, setProgress)).uploadId;
        setUpload({ key: fileKey(file), uploadId });
      } catch (error) {
        setUploadError(error instanceof UploadError ? error : new UploadError(0, ''));
        setPhase('idle');
        return;
      }
    }
    setPhase('checking');
    const result = await runImport({ variables: { uploadId, dryRun: true } }).catch((error: unknown) => {
      if (errorCode(error) === 'NOT_FOUND') setUpload(null); // expired: the next try sends the file again
      return null;
    });
    if (!result?.data) {
      setErrorAt('check');
      setPhase('idle');
      return;
    }
    setDryReport(result.data.importInvoices);
    setPhase('checked');
  }

  async function confirm() {
    if (busy || !upload) return;
    setErrorAt(null);
    setPhase('importing');
    const result = await runImport({ variables: { uploadId: upload.uploadId, dryRun: false } }).catch((error: unknown) => {
      if (errorCode(error) === 'NOT_FOUND') setUpload(null);
      return null;
    });
    if (!result?.data) {
      setErrorAt('confirm');
      setPhase('checked');
      return;
    }
    setFinalReport(result.data.importInvoices);
    setPhase('imported');
  }

  const statusText =
    phase === 'uploading'
      ? t('import.uploading')
      : phase === 'checking'
        ? t('import.checking')
        : phase === 'importing'
          ? t('import.importing')
          : phase === 'checked' && dryReport
            ? t('import.checked', { count: dryReport.rejected.length })
            : phase === 'imported'
              ? t('import.imported')
              : '';

  return (
    <Page title={t('import.title')}>
      <p className="lead">{t('import.intro')}</p>
      <details className="disclosure">
        <summary>{t('import.formatTitle')}</summary>
        <p>{t('import.format')}</p>
        <p>
          <code className="code-line">{COLUMNS}</code>
        </p>
        <p>{t('import.formatOptional')}</p>
      </details>

      <form className="form" noValidate onSubmit={(e) => void check(e)}>
        <div className={['field', problem && 'field--invalid'].filter(Boolean).join(' ')}>
          <label htmlFor={`${id}-file`}>
            {t('import.file')}
            <span className="field__required"> {t('form.required')}</span>
          </label>
          <p className="field__hint" id={`${id}-hint`}>
            {t('import.fileHint')}
          </p>
          <input
            id={`${id}-file`}
            type="file"
            name="file"
            accept=".csv,text/csv"
            aria-required
            aria-invalid={problem ? true : undefined}
            aria-describedby={[`${id}-hint`, problem && `${id}-error`].filter(Boolean).join(' ')}
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
          />
          {problem && (
            <p className="field__error" id={`${id}-error`}>
              {problem}
            </p>
          )}
        </div>
        {phase === 'uploading' && (
          <progress className="progress" max={1} value={progress} aria-label={t('import.progress')}>
            {Math.round(progress * 100)} %
          </progress>
        )}
        {uploadError && (
          <Alert tone="error">
            {uploadError.message ? <p lang="fr">{uploadError.message}</p> : <p>{t(uploadError.status === 0 ? 'errors.network' : 'import.uploadFailed')}</p>}
          </Alert>
        )}
        {errorAt === 'check' && <ErrorAlert error={importError} />}
        <Button type="submit" variant={dryReport ? 'secondary' : 'primary'} busy={phase === 'uploading' || phase === 'checking'}>
          {t(dryReport ? 'import.checkAgain' : 'import.check')}
        </Button>
      </form>

      <p role="status" className="count">
        {statusText}
      </p>

      {dryReport && !finalReport && (
        <ImportReport report={dryReport} fileName={file?.name ?? ''}>
          <p>{t(dryReport.rejected.length ? 'import.confirmWithRejections' : 'import.confirmIntro')}</p>
          {errorAt === 'confirm' && <ErrorAlert error={importError} />}
          {upload ? (
            <Button busy={phase === 'importing'} onClick={() => void confirm()}>
              {t('import.confirm')}
            </Button>
          ) : (
            <p className="note">{t('import.expired')}</p>
          )}
        </ImportReport>
      )}
      {finalReport && (
        <ImportReport report={finalReport} fileName={file?.name ?? ''}>
          <p>
            <Link to={paths.backOfficeInvoices}>{t('import.seeInvoices')}</Link>
          </p>
        </ImportReport>
      )}
    </Page>
  );
}

function ImportReport({ report, fileName, children }: { report: Report; fileName: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The report replaces the waiting message: the keyboard focus goes to it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby={`${id}-title`} className="report">
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t(report.dryRun ? 'import.dryRunTitle' : 'import.finalTitle')}
      </h2>
      <p>{t(report.dryRun ? 'import.dryRunIntro' : 'import.finalIntro', { file: fileName })}</p>
      <dl className="details report__counts">
        <dt>{t(report.dryRun ? 'import.counts.wouldCreate' : 'import.counts.created')}</dt>
        <dd>{report.created}</dd>
        <dt>{t(report.dryRun ? 'import.counts.wouldUpdate' : 'import.counts.updated')}</dt>
        <dd>{report.updated}</dd>
        <dt>{t('import.counts.unchanged')}</dt>
        <dd>{report.unchanged}</dd>
        <dt>{t('import.counts.rejected')}</dt>
        <dd>{report.rejected.length}</dd>
      </dl>
      {report.rejected.length > 0 && (
        <TableWrap label={t('import.rejectedLabel')}>
          <table className="table">
            <caption>{t('import.rejectedCaption', { count: report.rejected.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.line')}</th>
                <th scope="col">{t('import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{r.line}</th>
                  <td lang="fr">{r.reason}</td>
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

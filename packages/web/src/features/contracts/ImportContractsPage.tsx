import { useMutation } from '@apollo/client/react';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { graphql } from '../../gql';
import type { ImportContractsMutation } from '../../gql/graphql';
import { Alert, ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { TableWrap } from '../../shared/ui/TableWrap';
import { useFileImport } from './use-file-import';
import '../../i18n/contracts';

const ImportContractsMutation = graphql(`
  mutation ImportContracts($uploadId: ID!, $dryRun: Boolean!) {
    importContracts(uploadId: $uploadId, dryRun: $dryRun) {
      dryRun
      created
      updated
      unchanged
      skipped
      suppliersCreated
      rejected {
        record
        reason
      }
    }
  }
`);

type Report = ImportContractsMutation['importContracts'];

/**
 * Buyers and administrators import the national open data of public procurement (DECP, JSON):
 * upload, a dry run that names every record it would reject and why, then the real import.
 */
export default function ImportContractsPage() {
  const { t } = useTranslation();
  const id = useId();
  const [runImport] = useMutation(ImportContractsMutation, {
    update(cache, { data }) {
      // Contracts (and suppliers to complete) changed: lists are read again from the server.
      if (data && !data.importContracts.dryRun) {
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'contracts' });
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'suppliers' });
        cache.gc();
      }
    },
  });
  const flow = useFileImport<Report>(async (uploadId, dryRun) => (await runImport({ variables: { uploadId, dryRun } })).data!.importContracts);
  const { phase, dryReport, finalReport, failure } = flow;

  const statusText =
    phase === 'uploading'
      ? t('contractImport.uploading')
      : phase === 'checking'
        ? t('contractImport.checking')
        : phase === 'importing'
          ? t('contractImport.importing')
          : phase === 'checked' && dryReport
            ? t('contractImport.checked', { count: dryReport.rejected.length })
            : phase === 'imported'
              ? t('contractImport.imported')
              : '';

  return (
    <Page title={t('contractImport.title')}>
      <p className="lead">{t('contractImport.intro')}</p>
      <details className="disclosure">
        <summary>{t('contractImport.formatTitle')}</summary>
        <p>{t('contractImport.format')}</p>
        <p>{t('contractImport.formatRules')}</p>
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
            {t('contractImport.file')}
            <span className="field__required"> {t('form.required')}</span>
          </label>
          <p className="field__hint" id={`${id}-hint`}>
            {t('contractImport.fileHint')}
          </p>
          <input
            id={`${id}-file`}
            type="file"
            name="file"
            accept=".json,application/json"
            aria-required
            aria-invalid={flow.missingFile ? true : undefined}
            aria-describedby={[`${id}-hint`, flow.missingFile && `${id}-error`].filter(Boolean).join(' ')}
            onChange={(e) => flow.choose(e.target.files?.[0] ?? null)}
          />
          {flow.missingFile && (
            <p className="field__error" id={`${id}-error`}>
              {t('contractImport.fileMissing')}
            </p>
          )}
        </div>
        {phase === 'uploading' && (
          <progress className="progress" max={1} value={flow.progress} aria-label={t('contractImport.progress')}>
            {Math.round(flow.progress * 100)} %
          </progress>
        )}
        {flow.uploadError && (
          <Alert tone="error">
            {flow.uploadError.message ? <p lang="fr">{flow.uploadError.message}</p> : <p>{t(flow.uploadError.status === 0 ? 'errors.network' : 'contractImport.uploadFailed')}</p>}
          </Alert>
        )}
        {failure?.at === 'check' && <ErrorAlert error={failure.error} />}
        <Button type="submit" variant={dryReport ? 'secondary' : 'primary'} busy={phase === 'uploading' || phase === 'checking'}>
          {t(dryReport ? 'contractImport.checkAgain' : 'contractImport.check')}
        </Button>
      </form>

      <p role="status" className="count">
        {statusText}
      </p>

      {dryReport && !finalReport && (
        <ImportReport report={dryReport} fileName={flow.file?.name ?? ''}>
          <p>{t(dryReport.rejected.length ? 'contractImport.confirmWithRejections' : 'contractImport.confirmIntro')}</p>
          {failure?.at === 'confirm' && <ErrorAlert error={failure.error} />}
          {flow.uploaded ? (
            <Button busy={phase === 'importing'} onClick={() => void flow.confirm()}>
              {t('contractImport.confirm')}
            </Button>
          ) : (
            <p className="note">{t('contractImport.expired')}</p>
          )}
        </ImportReport>
      )}
      {finalReport && (
        <ImportReport report={finalReport} fileName={flow.file?.name ?? ''}>
          <p>
            <Link to={paths.contracts}>{t('contractImport.seeContracts')}</Link>
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
  const dry = report.dryRun;
  return (
    <section aria-labelledby={`${id}-title`} className="report">
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t(dry ? 'contractImport.dryRunTitle' : 'contractImport.finalTitle')}
      </h2>
      <p>{t(dry ? 'contractImport.dryRunIntro' : 'contractImport.finalIntro', { file: fileName })}</p>
      <dl className="details report__counts">
        <dt>{t(dry ? 'contractImport.counts.wouldCreate' : 'contractImport.counts.created')}</dt>
        <dd>{report.created}</dd>
        <dt>{t(dry ? 'contractImport.counts.wouldUpdate' : 'contractImport.counts.updated')}</dt>
        <dd>{report.updated}</dd>
        <dt>{t('contractImport.counts.unchanged')}</dt>
        <dd>{report.unchanged}</dd>
        <dt>{t('contractImport.counts.skipped')}</dt>
        <dd>{report.skipped}</dd>
        <dt>{t(dry ? 'contractImport.counts.wouldCreateSuppliers' : 'contractImport.counts.suppliersCreated')}</dt>
        <dd>{report.suppliersCreated}</dd>
        <dt>{t('contractImport.counts.rejected')}</dt>
        <dd>{report.rejected.length}</dd>
      </dl>
      {report.rejected.length > 0 && (
        <TableWrap label={t('contractImport.rejectedLabel')}>
          <table className="table">
            <caption>{t('contractImport.rejectedCaption', { count: report.rejected.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('contractImport.record')}</th>
                <th scope="col">{t('contractImport.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{r.record}</th>
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

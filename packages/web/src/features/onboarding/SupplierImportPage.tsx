import { useMutation } from '@apollo/client/react';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { graphql } from '../../gql';
import type { ImportSuppliersMutation } from '../../gql/graphql';
import { Alert, ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { TableWrap } from '../../shared/ui/TableWrap';
import { useFileImport } from '../contracts/use-file-import';
import { useOnboardingT } from './onboarding-i18n';

const ImportSuppliersMutationDoc = graphql(`
  mutation ImportSuppliers($uploadId: ID!, $dryRun: Boolean!) {
    importSuppliers(uploadId: $uploadId, dryRun: $dryRun) {
      dryRun
      created
      updated
      unchanged
      invitations
      rejected {
        line
        reason
      }
    }
  }
`);

type Report = ImportSuppliersMutation['importSuppliers'];

/**
 * Administrators import the finance system's supplier file (CSV): upload, a dry run that names every
 * line it would refuse and why, then the real import (the same upload), through the shared import flow.
 */
export default function SupplierImportPage() {
  const t = useOnboardingT();
  const id = useId();
  const [runImport] = useMutation(ImportSuppliersMutationDoc, {
    update(cache, { data }) {
      if (data && !data.importSuppliers.dryRun) {
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'suppliers' });
        cache.gc();
      }
    },
  });
  const flow = useFileImport<Report>(async (uploadId, dryRun) => (await runImport({ variables: { uploadId, dryRun } })).data!.importSuppliers);
  const { phase, dryReport, finalReport, failure } = flow;

  const statusText =
    phase === 'uploading'
      ? t('onboarding.import.uploading')
      : phase === 'checking'
        ? t('onboarding.import.checking')
        : phase === 'importing'
          ? t('onboarding.import.importing')
          : phase === 'checked' && dryReport
            ? t('onboarding.import.checked', { count: dryReport.rejected.length })
            : phase === 'imported'
              ? t('onboarding.import.imported')
              : '';

  return (
    <Page title={t('onboarding.import.title')}>
      <p className="lead">{t('onboarding.import.intro')}</p>
      <details className="disclosure">
        <summary>{t('onboarding.import.formatTitle')}</summary>
        <p>{t('onboarding.import.format')}</p>
        <p>{t('onboarding.import.formatRules')}</p>
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
            {t('onboarding.import.file')}
            <span className="field__required"> {t('form.required')}</span>
          </label>
          <p className="field__hint" id={`${id}-hint`}>
            {t('onboarding.import.fileHint')}
          </p>
          <input
            id={`${id}-file`}
            type="file"
            name="file"
            accept=".csv,text/csv"
            aria-required
            aria-invalid={flow.missingFile ? true : undefined}
            aria-describedby={[`${id}-hint`, flow.missingFile && `${id}-error`].filter(Boolean).join(' ')}
            onChange={(e) => flow.choose(e.target.files?.[0] ?? null)}
          />
          {flow.missingFile && (
            <p className="field__error" id={`${id}-error`}>
              {t('onboarding.import.fileMissing')}
            </p>
          )}
        </div>
        {phase === 'uploading' && (
          <progress className="progress" max={1} value={flow.progress} aria-label={t('onboarding.import.progress')}>
            {Math.round(flow.progress * 100)} %
          </progress>
        )}
        {flow.uploadError && (
          <Alert tone="error">
            {flow.uploadError.message ? <p lang="fr">{flow.uploadError.message}</p> : <p>{t(flow.uploadError.status === 0 ? 'errors.network' : 'onboarding.import.uploadFailed')}</p>}
          </Alert>
        )}
        {failure?.at === 'check' && <ErrorAlert error={failure.error} />}
        <Button type="submit" variant={dryReport ? 'secondary' : 'primary'} busy={phase === 'uploading' || phase === 'checking'}>
          {t(dryReport ? 'onboarding.import.checkAgain' : 'onboarding.import.check')}
        </Button>
      </form>

      <p role="status" className="count">
        {statusText}
      </p>

      {dryReport && !finalReport && (
        <ImportReport report={dryReport} fileName={flow.file?.name ?? ''}>
          <p>{t(dryReport.rejected.length ? 'onboarding.import.confirmWithRejections' : 'onboarding.import.confirmIntro')}</p>
          {failure?.at === 'confirm' && <ErrorAlert error={failure.error} />}
          {flow.uploaded ? (
            <Button busy={phase === 'importing'} onClick={() => void flow.confirm()}>
              {t('onboarding.import.confirm')}
            </Button>
          ) : (
            <p className="note">{t('onboarding.import.expired')}</p>
          )}
        </ImportReport>
      )}
      {finalReport && (
        <ImportReport report={finalReport} fileName={flow.file?.name ?? ''}>
          <p>
            <Link to={paths.suppliers}>{t('onboarding.import.seeSuppliers')}</Link>
          </p>
        </ImportReport>
      )}
    </Page>
  );
}

function ImportReport({ report, fileName, children }: { report: Report; fileName: string; children?: ReactNode }) {
  const t = useOnboardingT();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The report replaces the waiting message: the keyboard focus goes to it.
  useEffect(() => heading.current?.focus(), []);
  const dry = report.dryRun;
  return (
    <section aria-labelledby={`${id}-title`} className="report">
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t(dry ? 'onboarding.import.dryRunTitle' : 'onboarding.import.finalTitle')}
      </h2>
      <p>{t(dry ? 'onboarding.import.dryRunIntro' : 'onboarding.import.finalIntro', { file: fileName })}</p>
      <dl className="details report__counts">
        <dt>{t(dry ? 'onboarding.import.counts.wouldCreate' : 'onboarding.import.counts.created')}</dt>
        <dd>{report.created}</dd>
        <dt>{t(dry ? 'onboarding.import.counts.wouldUpdate' : 'onboarding.import.counts.updated')}</dt>
        <dd>{report.updated}</dd>
        <dt>{t('onboarding.import.counts.unchanged')}</dt>
        <dd>{report.unchanged}</dd>
        <dt>{t(dry ? 'onboarding.import.counts.wouldInvite' : 'onboarding.import.counts.invitations')}</dt>
        <dd>{report.invitations}</dd>
        <dt>{t('onboarding.import.counts.rejected')}</dt>
        <dd>{report.rejected.length}</dd>
      </dl>
      {report.rejected.length > 0 && (
        <TableWrap label={t('onboarding.import.rejectedLabel')}>
          <table className="table">
            <caption>{t('onboarding.import.rejectedCaption', { count: report.rejected.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('onboarding.import.line')}</th>
                <th scope="col">{t('onboarding.import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((r) => (
                <tr key={r.line}>
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

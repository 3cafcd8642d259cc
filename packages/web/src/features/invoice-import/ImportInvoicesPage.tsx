import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { graphql } from '../../gql';
import { FileImportPage } from '../../shared/file-import/FileImportPage';
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

const COLUMNS = 'siret;numero_facture;date_emission;date_reception;montant_ht;montant_ttc;statut;date_statut;motif;reference_marche';

/**
 * FINANCE imports the accounting system's invoice file: upload, a dry run that reports every line it
 * would reject, then the real import of the same upload. The chosen file stays chosen whatever fails.
 */
export default function ImportInvoicesPage() {
  const { t } = useTranslation();
  const [runImport] = useMutation(ImportInvoicesMutation, {
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

  return (
    <FileImportPage
      text={(key, options) => t(`import.${key}`, options)}
      accept=".csv,text/csv"
      format={
        <>
          <p>{t('import.format')}</p>
          <p>
            <code className="code-line">{COLUMNS}</code>
          </p>
          <p>{t('import.formatOptional')}</p>
        </>
      }
      run={async (uploadId, dryRun) => (await runImport({ variables: { uploadId, dryRun } })).data!.importInvoices}
      rejectedBy={{ label: t('import.line'), cell: (row) => row.line }}
      after={
        <p>
          <Link to={paths.backOfficeInvoices}>{t('import.seeInvoices')}</Link>
        </p>
      }
    />
  );
}

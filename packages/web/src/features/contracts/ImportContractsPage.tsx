import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { graphql } from '../../gql';
import { FileImportPage } from '../../shared/file-import/FileImportPage';
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

/**
 * Buyers and administrators import the national open data of public procurement (DECP, JSON):
 * upload, a dry run that names every record it would reject and why, then the real import.
 */
export default function ImportContractsPage() {
  const { t } = useTranslation();
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

  return (
    <FileImportPage
      text={(key, options) => t(`contractImport.${key}`, options)}
      accept=".json,application/json"
      format={
        <>
          <p>{t('contractImport.format')}</p>
          <p>{t('contractImport.formatRules')}</p>
        </>
      }
      run={async (uploadId, dryRun) => (await runImport({ variables: { uploadId, dryRun } })).data!.importContracts}
      moreCounts={(report) => [
        { label: t('contractImport.counts.skipped'), value: report.skipped },
        { label: t(report.dryRun ? 'contractImport.counts.wouldCreateSuppliers' : 'contractImport.counts.suppliersCreated'), value: report.suppliersCreated },
      ]}
      rejectedBy={{ label: t('contractImport.record'), cell: (row) => row.record }}
      after={
        <p>
          <Link to={paths.contracts}>{t('contractImport.seeContracts')}</Link>
        </p>
      }
    />
  );
}

import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { graphql } from '../../gql';
import { FileImportPage } from '../../shared/file-import/FileImportPage';
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

/**
 * Administrators import the finance system's supplier file (CSV): upload, a dry run that names every
 * line it would refuse and why, then the real import (the same upload), through the shared import page.
 */
export default function SupplierImportPage() {
  const t = useOnboardingT();
  const [runImport] = useMutation(ImportSuppliersMutationDoc, {
    update(cache, { data }) {
      if (data && !data.importSuppliers.dryRun) {
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'suppliers' });
        cache.gc();
      }
    },
  });

  return (
    <FileImportPage
      text={(key, options) => t(`onboarding.import.${key}`, options)}
      accept=".csv,text/csv"
      format={
        <>
          <p>{t('onboarding.import.format')}</p>
          <p>{t('onboarding.import.formatRules')}</p>
        </>
      }
      run={async (uploadId, dryRun) => (await runImport({ variables: { uploadId, dryRun } })).data!.importSuppliers}
      moreCounts={(report) => [{ label: t(report.dryRun ? 'onboarding.import.counts.wouldInvite' : 'onboarding.import.counts.invitations'), value: report.invitations }]}
      rejectedBy={{ label: t('onboarding.import.line'), cell: (row) => row.line }}
      after={
        <p>
          <Link to={paths.suppliers}>{t('onboarding.import.seeSuppliers')}</Link>
        </p>
      }
    />
  );
}

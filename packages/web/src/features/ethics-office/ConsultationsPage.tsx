import { useApolloClient, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import { todayInParis } from '../../shared/format';
import { Alert, ErrorAlert, Loading } from '../../shared/ui/Alert';
import { LoadMore } from '../../shared/ui/LoadMore';
import { Page } from '../../shared/ui/Page';
import { type ConsultationForm as FormValues, emptyConsultation, formOf } from './consultation-form';
import { ConsultationForm } from './ConsultationForm';
import { type ConsultationRow, ConsultationTable } from './ConsultationTable';
import { useOfficeT } from './office-i18n';
import { SupplierNameQuery } from './SupplierName';
import '../../i18n/ethics-office';
import './ethics-office.css';

const ConsultationsQuery = graphql(`
  query EthicsConsultations($first: Int!, $after: String) {
    consultations(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          reference
          title
          publishedOn
          bidsDueOn
          awardedOn
          notifiedOn
          agents {
            id
            displayName
            direction
          }
          candidateSupplierIds
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

type Editing = { id: string | null; values: FormValues };

/**
 * Consultations (tenders): their quiet periods drive the ethics rules. Buyers record and update
 * them; the ethics officer and the auditor read them.
 */
export default function ConsultationsPage() {
  const t = useOfficeT();
  const viewer = useViewer();
  const client = useApolloClient();
  const buyer = !!viewer?.roles.includes('BUYER');
  const today = todayInParis();
  const { data, loading, error, refetch, fetchMore } = useQuery(ConsultationsQuery, { variables: { first: PAGE_SIZE }, notifyOnNetworkStatusChange: true });
  const page = data?.consultations;
  const consultations = page?.edges.map((e) => e.node);
  const [editing, setEditing] = useState<Editing>(() => ({ id: null, values: emptyConsultation(today) }));
  // A new key gives a fresh form (a new consultation, or another one to edit).
  const [formKey, setFormKey] = useState(0);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const noticeBox = useRef<HTMLDivElement>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function edit(c: ConsultationRow) {
    // The candidates' names, read by the table already (from the cache), or now.
    const names = new Map<string, string>();
    await Promise.all(
      c.candidateSupplierIds.map(async (id) => {
        const result = await client.query({ query: SupplierNameQuery, variables: { id } }).catch(() => null);
        names.set(id, result?.data?.supplier.legalName ?? t('ethicsOffice.unknownSupplier'));
      }),
    );
    setNotice(null);
    setEditing({ id: c.id, values: formOf(c, (id) => names.get(id) ?? id) });
    setFormKey((k) => k + 1);
    setTimeout(() => formHeading.current?.focus());
  }

  function reset() {
    setEditing({ id: null, values: emptyConsultation(today) });
    setFormKey((k) => k + 1);
  }

  function onSaved(reference: string, created: boolean) {
    reset();
    setNotice(t(created ? 'ethicsOffice.consultationForm.created' : 'ethicsOffice.consultationForm.updated', { reference }));
    // The form the focus was in is replaced: the confirmation takes it.
    setTimeout(() => noticeBox.current?.focus());
  }

  return (
    <Page title={t('ethicsOffice.consultations.title')}>
      <p className="lead">{t('ethicsOffice.consultations.intro')}</p>
      {loading && !consultations && <Loading />}
      <ErrorAlert error={error} onRetry={refetch} />
      {consultations && (
        <ConsultationTable consultations={consultations} today={today} onEdit={buyer ? (c) => void edit(c) : undefined} />
      )}
      <LoadMore
        page={page}
        loading={loading}
        label={t('ethicsOffice.consultations.more')}
        shown={t('ethicsOffice.consultations.shown', { shown: page?.edges.length ?? 0, count: page?.totalCount ?? 0 })}
        fetchMore={fetchMore}
      />
      <div ref={noticeBox} tabIndex={-1}>
        {notice && (
          <Alert tone="success">
            <p>{notice}</p>
          </Alert>
        )}
      </div>
      {buyer ? (
        <ConsultationForm
          key={formKey}
          headingRef={formHeading}
          consultationId={editing.id}
          initial={editing.values}
          onCancel={
            editing.id
              ? () => {
                  reset();
                  setTimeout(() => formHeading.current?.focus());
                }
              : undefined
          }
          onSaved={onSaved}
        />
      ) : (
        viewer && <p className="note">{t('ethicsOffice.consultations.readOnly')}</p>
      )}
    </Page>
  );
}

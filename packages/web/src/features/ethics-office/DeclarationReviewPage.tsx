import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { paths } from '../../app/access';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import { errorCode } from '../../shared/errors';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { ReviewThread } from '../ethics/ReviewThread';
import { AttachmentList } from './AttachmentList';
import { StatusBadge } from './Badges';
import { DeclarationDetails } from './DeclarationDetails';
import { DeclarationNotFound } from './DeclarationNotFound';
import { useOfficeT } from './office-i18n';
import { ReviewForm } from './ReviewForm';
import { RuleChecks } from './RuleChecks';
import { SupplierHistory } from './SupplierHistory';
import '../../i18n/ethics-office';
import './ethics-office.css';

const DeclarationReviewQuery = graphql(`
  query EthicsDeclarationReview($id: ID!) {
    declaration(id: $id) {
      id
      kind
      status
      anonymous
      authorName
      supplierId
      supplierName
      submittedAt
      eventOn
      what
      occasion
      place
      nature
      description
      amendsId
      beneficiaryAgent {
        id
        displayName
        direction
      }
      beneficiaryDepartment
      beneficiaryName
      value {
        amount
        currency
      }
      cap {
        amount
        currency
      }
      runningTotal {
        amount
        currency
      }
      flags
      flagConsultations
      attachments {
        id
        name
        mediaType
        bytes
        url
      }
    }
  }
`);

/**
 * One declaration as the ethics officer reviews it: what was declared, what the rules noticed, the
 * supplier's other declarations, the thread the supplier reads and (officer only) the decision.
 */
export default function DeclarationReviewPage() {
  const t = useOfficeT();
  const { id = '' } = useParams();
  const { state } = useLocation();
  const viewer = useViewer();
  const officer = !!viewer?.roles.includes('ETHICS_OFFICER');
  const { data, loading, error, refetch } = useQuery(DeclarationReviewQuery, { variables: { id } });
  const d = data?.declaration;
  // Back to the queue as it was filtered, when the user came from it.
  const queue = typeof (state as { queue?: unknown } | null)?.queue === 'string' ? (state as { queue: string }).queue : '';
  const back = (
    <p className="back-link">
      <Link to={queue ? `${paths.ethicsReview}?${queue}` : paths.ethicsReview}>{t('ethicsOffice.backToQueue')}</Link>
    </p>
  );

  if (errorCode(error) === 'NOT_FOUND') return <DeclarationNotFound />;

  const who = d ? (d.supplierName ?? t(d.anonymous ? 'ethicsOffice.anonymousReport' : 'ethicsOffice.unknown')) : '';
  return (
    <Page title={d ? t('ethicsOffice.review.title', { kind: t(`ethicsOffice.kind.${d.kind}`), who }) : t('ethicsOffice.review.untitled')}>
      {back}
      {loading && !d && <Loading />}
      <ErrorAlert error={error} onRetry={refetch} />
      {d && (
        <>
          <DeclarationDetails declaration={d} />
          <RuleChecks declaration={d} />
          <AttachmentList attachments={d.attachments} />
          <ReviewThread
            id={d.id}
            Status={StatusBadge}
            texts={{
              title: t('ethicsOffice.thread.title'),
              intro: t('ethicsOffice.thread.intro'),
              empty: t('ethicsOffice.thread.empty'),
              status: t('ethicsOffice.thread.status'),
              noComment: t('ethicsOffice.thread.noComment'),
            }}
          />
          {officer ? <ReviewForm declarationId={d.id} status={d.status} /> : <p className="note">{t('ethicsOffice.review.readOnly')}</p>}
          {d.supplierId && <SupplierHistory supplierId={d.supplierId} supplierName={d.supplierName ?? ''} currentId={d.id} />}
        </>
      )}
    </Page>
  );
}

import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { claimLetterPath, mayEnter, newDisputePath, paths } from '../../app/access';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import { errorCode } from '../../shared/errors';
import { formatLocalDate } from '../../shared/format';
import { formatMoney } from '../../shared/money';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { FinanceTools } from './FinanceTools';
import { InterestFollowUp } from './InterestFollowUp';
import { interestOwed } from './interest';
import { InvoiceNotFound } from './InvoiceNotFound';
import { InvoiceTimeline } from './InvoiceTimeline';
import { LateInterest } from './LateInterest';
import { PaymentClock } from './PaymentClock';
import { StatusBadge } from './StatusBadge';
import '../../i18n/payments';

const InvoiceDetailQuery = graphql(`
  query InvoiceDetail($id: ID!, $withSupplier: Boolean!) {
    invoice(id: $id) {
      id
      number
      status
      statusOn
      invoiceDate
      daysLate
      amountExclTax {
        amount
        currency
      }
      amountInclTax {
        amount
        currency
      }
      lateInterest {
        amount
        currency
      }
      recoveryIndemnity {
        amount
        currency
      }
      interestPaid {
        amount
        currency
      }
      interestReview
      interestReviewReason
      contractReference
      contract {
        reference
        title
        isWorks
      }
      supplier @include(if: $withSupplier) {
        id
        legalName
        siret
      }
      ...InvoiceTimeline_invoice
      ...PaymentClock_invoice
      ...LateInterest_invoice
      ...InterestFollowUp_invoice
    }
  }
`);

/** One invoice: where it stands, its payment clock, and what the Region owes for lateness. */
export function InvoicePage({ backOffice }: { backOffice: boolean }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(InvoiceDetailQuery, { variables: { id, withSupplier: backOffice } });
  const invoice = data?.invoice;
  const listPath = backOffice ? paths.backOfficeInvoices : paths.invoices;

  if (errorCode(error) === 'NOT_FOUND') return <InvoiceNotFound listPath={listPath} />;

  const owed = invoice ? interestOwed(invoice) : null;
  const isFinance = !!viewer && backOffice && mayEnter(viewer, 'finance');

  return (
    <Page title={invoice ? t('invoice.title', { number: invoice.number }) : t('invoice.titleLoading')}>
      <p className="back-link">
        <Link to={listPath}>{t('invoice.backToList')}</Link>
      </p>
      {loading && <Loading />}
      <ErrorAlert error={error} onRetry={refetch} />
      {invoice && owed && (
        <>
          <section aria-labelledby="invoice-summary" className="invoice-summary">
            <h2 id="invoice-summary" className="visually-hidden">
              {t('invoice.summary')}
            </h2>
            <p className="invoice-summary__status">
              <StatusBadge status={invoice.status} /> {t('invoice.statusSince', { date: formatLocalDate(invoice.statusOn) })}
            </p>
            <dl className="details">
              {invoice.supplier && (
                <>
                  <dt>{t('invoices.columns.supplier')}</dt>
                  <dd>
                    {invoice.supplier.legalName}
                    {invoice.supplier.siret && <span className="details__note">{t('invoice.siret', { siret: invoice.supplier.siret })}</span>}
                  </dd>
                </>
              )}
              <dt>{t('invoices.columns.invoiceDate')}</dt>
              <dd>{formatLocalDate(invoice.invoiceDate)}</dd>
              <dt>{t('invoice.amountExclTax')}</dt>
              <dd>{formatMoney(invoice.amountExclTax)}</dd>
              <dt>{t('invoice.amountInclTax')}</dt>
              <dd>
                <strong>{formatMoney(invoice.amountInclTax)}</strong>
              </dd>
              <dt>{t('invoice.contract')}</dt>
              <dd>
                {invoice.contract ? [invoice.contract.reference, invoice.contract.title].filter(Boolean).join(' — ') : (invoice.contractReference ?? t('common.notProvided'))}
              </dd>
            </dl>
          </section>
          {!backOffice && owed.claimable && !invoice.interestPaid && (
            <div className="callout callout--action">
              <p>{t('invoice.claimIntro')}</p>
              <p>
                <Link to={claimLetterPath(invoice.id)} className="btn btn--primary">
                  {t('invoice.claimLink')}
                </Link>
              </p>
            </div>
          )}
          <div className="invoice-columns">
            <PaymentClock invoice={invoice} />
            <LateInterest invoice={invoice} />
          </div>
          <InterestFollowUp invoice={invoice} />
          {isFinance && owed.late && (
            <FinanceTools invoiceId={invoice.id} review={invoice.interestReview} reviewReason={invoice.interestReviewReason ?? null} owed={owed.total ?? invoice.recoveryIndemnity ?? null} />
          )}
          <InvoiceTimeline invoice={invoice} />
          {!backOffice && (
            <p>
              <Link to={newDisputePath('INVOICE', invoice.id)}>{t('mediationLink.invoice')}</Link>
            </p>
          )}
        </>
      )}
    </Page>
  );
}

export const SupplierInvoicePage = () => <InvoicePage backOffice={false} />;
export const BackOfficeInvoicePage = () => <InvoicePage backOffice />;

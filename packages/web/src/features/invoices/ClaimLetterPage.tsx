import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLanguage } from '../../app/i18n';
import { invoicePath, paths } from '../../app/access';
import { graphql } from '../../gql';
import { errorCode } from '../../shared/errors';
import { todayInParis } from '../../shared/format';
import { Alert, ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { buildClaimLetter, type ClaimLetter, letterFileName } from './claim-letter';
import { interestOwed } from './interest';
import { InvoiceNotFound } from './InvoiceNotFound';
import '../../i18n/payments';

const ClaimLetterQuery = graphql(`
  query ClaimLetter($id: ID!) {
    viewer {
      id
      displayName
      supplier {
        id
        legalName
        siret
        address {
          line
          postalCode
          city
        }
      }
    }
    invoice(id: $id) {
      id
      number
      invoiceDate
      contractReference
      receivedOn
      deadline
      paymentIssuedOn
      daysLate
      estimate
      fallbacks
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
      contract {
        reference
        title
        isWorks
      }
      payment {
        accruing
        asOf
        payableBy
        paymentDelayDays
        rate {
          ecbRate
          totalRate
          halfYearStart
        }
      }
    }
  }
`);

/** The letter claiming late interest and the recovery indemnity: to print, or to download as a PDF. */
export default function ClaimLetterPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ClaimLetterQuery, { variables: { id } });
  const [pdf, setPdf] = useState<{ state: 'idle' | 'busy' | 'done' | 'failed' }>({ state: 'idle' });

  if (errorCode(error) === 'NOT_FOUND') return <InvoiceNotFound listPath={paths.invoices} />;

  const invoice = data?.invoice;
  const supplier = data?.viewer?.supplier;
  const language = currentLanguage();
  const letter: ClaimLetter | null =
    invoice && supplier && data.viewer
      ? buildClaimLetter(invoice, { ...supplier, signatory: data.viewer.displayName }, todayInParis(), t, language)
      : null;
  const claimable = invoice ? interestOwed(invoice).claimable && !invoice.interestPaid : false;

  async function download() {
    if (!letter || !invoice || pdf.state === 'busy') return;
    setPdf({ state: 'busy' });
    try {
      const { claimLetterPdf } = await import('./claim-letter-pdf');
      const bytes = await claimLetterPdf(letter, { title: `${t('claim.title')} — ${invoice.number}`, author: supplier?.legalName ?? '' });
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = letterFileName(invoice.number);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setPdf({ state: 'done' });
    } catch {
      setPdf({ state: 'failed' });
    }
  }

  return (
    <Page title={t('claim.title')}>
      <div className="letter-tools">
        <p className="back-link">
          <Link to={invoicePath(id)}>{invoice ? t('claim.backToInvoice', { number: invoice.number }) : t('invoice.backToList')}</Link>
        </p>
        {loading && <Loading />}
        <ErrorAlert error={error} />
        {invoice && !claimable && (
          <Alert tone="info">
            <p>{t(invoice.interestPaid ? 'claim.alreadyPaid' : 'claim.nothingOwed')}</p>
          </Alert>
        )}
        {letter && claimable && (
          <>
            <p>{t('claim.intro')}</p>
            {language !== 'fr' && <p className="note">{t('claim.languageNote')}</p>}
            <div className="actions">
              <Button onClick={() => window.print()}>{t('claim.print')}</Button>
              <Button variant="secondary" busy={pdf.state === 'busy'} onClick={() => void download()}>
                {t('claim.download')}
              </Button>
            </div>
            <p role="status" className="count">
              {pdf.state === 'busy' ? t('claim.pdfBusy') : pdf.state === 'done' ? t('claim.pdfDone') : ''}
            </p>
            {pdf.state === 'failed' && (
              <Alert tone="error">
                <p>{t('claim.pdfFailed')}</p>
              </Alert>
            )}
          </>
        )}
      </div>
      {letter && claimable && <LetterSheet letter={letter} />}
    </Page>
  );
}

function LetterSheet({ letter }: { letter: ClaimLetter }) {
  const { t } = useTranslation();
  return (
    <article className="letter" aria-label={t('claim.letterLabel')}>
      <address className="letter__sender">
        {letter.sender.map((line, i) => (
          <span key={i} className="letter__line">
            {line}
          </span>
        ))}
      </address>
      <address className="letter__recipient">
        {letter.recipient.map((line, i) => (
          <span key={i} className="letter__line">
            {line}
          </span>
        ))}
      </address>
      <p className="letter__date">{letter.placeAndDate}</p>
      <p className="letter__subject">
        <strong>{letter.subject}</strong>
        {letter.references.map((line, i) => (
          <span key={i} className="letter__line">
            {line}
          </span>
        ))}
      </p>
      <p>{letter.salutation}</p>
      {letter.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <ul className="letter__computation">
        {letter.computation.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
        <li>
          <strong>{letter.total}</strong>
        </li>
      </ul>
      {letter.request.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <p>{letter.closing}</p>
      <p className="letter__signature">
        {letter.signature.map((line, i) => (
          <span key={i} className="letter__line">
            {line}
          </span>
        ))}
      </p>
    </article>
  );
}

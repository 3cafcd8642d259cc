import type { TFunction } from 'i18next';
import type { Language } from '../../app/i18n';
import type { PaymentFallback } from '../../gql/graphql';
import { formatLocalDate } from '../../shared/format';
import { formatMoney, formatPercent, type MoneyValue } from '../../shared/money';
import { interestOwed } from './interest';

export interface LetterInvoice {
  number: string;
  invoiceDate: string;
  amountInclTax: MoneyValue;
  contractReference?: string | null;
  receivedOn?: string | null;
  deadline?: string | null;
  paymentIssuedOn?: string | null;
  daysLate: number;
  lateInterest?: MoneyValue | null;
  recoveryIndemnity?: MoneyValue | null;
  estimate: boolean;
  fallbacks: readonly PaymentFallback[];
  contract?: { reference: string; title?: string | null; isWorks: boolean } | null;
  payment: {
    accruing: boolean;
    asOf: string;
    payableBy?: string | null;
    paymentDelayDays: number;
    rate?: { ecbRate: string; totalRate: string; halfYearStart: string } | null;
  };
}

export interface LetterSender {
  legalName: string;
  siret?: string | null;
  address: { line?: string | null; postalCode?: string | null; city?: string | null };
  signatory: string;
}

/** A claim letter, as blocks of text: the page and the PDF draw the same words. */
export interface ClaimLetter {
  sender: string[];
  recipient: string[];
  placeAndDate: string;
  subject: string;
  references: string[];
  salutation: string;
  paragraphs: string[];
  computation: string[];
  total: string;
  request: string[];
  closing: string;
  signature: string[];
}

/**
 * The formal letter a supplier sends to the Region's finance department to claim the late interest
 * and the recovery indemnity (Code de la commande publique L2192-13, R2192-31, D2192-35, R2192-36).
 * `today` is the letter's date (a calendar day).
 */
export function buildClaimLetter(invoice: LetterInvoice, sender: LetterSender, today: string, t: TFunction, language: Language): ClaimLetter {
  const money = (m: MoneyValue) => formatMoney(m, language);
  const day = (d: string) => formatLocalDate(d, language);
  const percent = (p: string) => formatPercent(p, language);
  const { total } = interestOwed(invoice);
  const { payment } = invoice;
  const rate = payment.rate;
  const indemnity = invoice.recoveryIndemnity ? money(invoice.recoveryIndemnity) : money({ amount: '0.00', currency: 'EUR' });
  const contract = invoice.contract?.reference ?? invoice.contractReference ?? null;
  const city = sender.address.city?.trim();

  const paragraphs = [
    invoice.receivedOn && invoice.deadline
      ? t('letter.received', {
          number: invoice.number,
          invoiceDate: day(invoice.invoiceDate),
          amount: money(invoice.amountInclTax),
          receivedOn: day(invoice.receivedOn),
          count: payment.paymentDelayDays,
          deadline: day(invoice.deadline),
        })
      : t('letter.receivedUnknown', { number: invoice.number, invoiceDate: day(invoice.invoiceDate), amount: money(invoice.amountInclTax) }),
    invoice.paymentIssuedOn
      ? t('letter.paidLate', { date: day(invoice.paymentIssuedOn), count: invoice.daysLate })
      : t('letter.stillUnpaid', { date: day(payment.asOf), count: invoice.daysLate }),
    t('letter.law'),
    rate ? t('letter.rate', { halfYear: day(rate.halfYearStart), ecb: percent(rate.ecbRate), total: percent(rate.totalRate) }) : t('letter.rateUnknown'),
    t('letter.indemnity'),
    ...(invoice.estimate ? [t('letter.estimate', { fallbacks: invoice.fallbacks.map((f) => t(`interest.fallback.${f}`)).join(' ; ') })] : []),
    ...(invoice.contract?.isWorks ? [t('letter.works')] : []),
  ];

  const computation = [
    invoice.lateInterest && rate
      ? t('letter.interestLine', { amount: money(invoice.amountInclTax), rate: percent(rate.totalRate), days: invoice.daysLate, result: money(invoice.lateInterest) })
      : t('letter.interestLineUnknown'),
    t('letter.indemnityLine', { indemnity }),
  ];

  const claimed = total ? money(total) : t('letter.totalWithoutInterest', { indemnity });
  const request = [
    payment.accruing ? t('letter.requestAccruing', { total: claimed, date: day(payment.asOf) }) : t('letter.request', { total: claimed }),
    payment.payableBy ? t('letter.payableBy', { date: day(payment.payableBy) }) : t('letter.payableAfterPayment'),
  ];

  const letter: ClaimLetter = {
    sender: [
      sender.legalName,
      ...(sender.address.line ? [sender.address.line] : []),
      ...([sender.address.postalCode, city].filter(Boolean).length ? [[sender.address.postalCode, city].filter(Boolean).join(' ')] : []),
      ...(sender.siret ? [t('letter.siret', { siret: sender.siret })] : []),
    ],
    recipient: t('letter.recipient', { returnObjects: true }) as string[],
    placeAndDate: city ? t('letter.placeAndDate', { city, date: day(today) }) : t('letter.dateOnly', { date: day(today) }),
    subject: t('letter.subject'),
    references: [
      t('letter.invoiceReference', { number: invoice.number, date: day(invoice.invoiceDate), amount: money(invoice.amountInclTax) }),
      ...(contract ? [t('letter.contractReference', { reference: contract })] : []),
    ],
    salutation: t('letter.salutation'),
    paragraphs,
    computation,
    total: payment.accruing ? t('letter.totalAsOf', { total: claimed, date: day(payment.asOf) }) : t('letter.total', { total: claimed }),
    request,
    closing: t('letter.closing'),
    signature: [t('letter.signedFor', { supplier: sender.legalName }), sender.signatory, t('letter.signatureLine')],
  };
  return language === 'fr' ? frenchSpacing(letter) : letter;
}

/** French typography: a no-break space before ":", ";", "?" and "!", so that none starts a line. */
function frenchSpacing(letter: ClaimLetter): ClaimLetter {
  const fix = (text: string) => text.replace(/ ([:;?!])/g, '\u00a0$1');
  const entries = Object.entries(letter).map(([key, value]) => [key, Array.isArray(value) ? value.map(fix) : fix(value as string)]);
  return Object.fromEntries(entries) as ClaimLetter;
}

/** The PDF's file name: "reclamation-interets-F-2025-001.pdf". */
export function letterFileName(number: string): string {
  const safe = number
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `reclamation-interets-${safe || 'facture'}.pdf`;
}

import type { LocalDate } from '../../shared/calendar.js';
import type { Mail } from '../notification/outbox.service.js';
import { EventFlag } from './invoice-event.entity.js';
import { InvoiceStatus } from './invoice-status.js';

/** What an e-mail about a status event needs to say. */
export interface InvoiceEventNotice {
  id: string;
  supplierId: string;
  status: InvoiceStatus;
  on: LocalDate;
  reason: string | null;
  flag: EventFlag | null;
  invoiceNumber: string;
  invoiceDate: LocalDate;
}

const frDate = (d: string) => d.split('-').reverse().join('/');

/** The legal effect of a suspension or a rejection, in plain French (and English below). */
export function legalEffect(event: Pick<InvoiceEventNotice, 'status' | 'flag'>): { fr: string; en: string } {
  if (event.status === InvoiceStatus.REJECTED) {
    return {
      fr: "La facture est rejetée : elle ne sera pas payée en l'état. Émettez une nouvelle facture ; un nouveau délai de paiement courra à sa réception.",
      en: 'The invoice is rejected and will not be paid as it stands. Issue a new invoice; a new payment period starts when it is received.',
    };
  }
  if (event.flag === EventFlag.NOT_A_LEGAL_INTERRUPTION) {
    return {
      fr: "Cette suspension n'interrompt pas le délai de paiement (une seule interruption est permise, avant l'ordre de paiement) : le délai continue de courir.",
      en: 'This suspension does not stop the payment period (only one interruption is allowed, before the payment order): the clock keeps running.',
    };
  }
  return {
    fr: "Le délai de paiement est interrompu. Dès réception des pièces manquantes, un nouveau délai de 30 jours (ou le solde restant s'il est plus long) commence.",
    en: 'The payment period is interrupted. When the missing documents arrive, a new period of 30 days (or the balance left, if longer) starts.',
  };
}

export function invoiceEventMail(to: string, event: InvoiceEventNotice): Mail {
  const invoice = { number: event.invoiceNumber, invoiceDate: event.invoiceDate };
  const rejected = event.status === InvoiceStatus.REJECTED;
  const effect = legalEffect(event);
  return {
    idempotencyKey: `invoice-event:${event.id}:${to}`,
    to,
    subject: `Facture ${invoice.number} ${rejected ? 'rejetée' : 'suspendue'} le ${frDate(event.on)}`,
    text: [
      'Bonjour,',
      '',
      `Votre facture n° ${invoice.number} du ${frDate(invoice.invoiceDate)} a été ${rejected ? 'rejetée' : 'suspendue'} le ${frDate(event.on)}.`,
      `Motif : ${event.reason ?? '—'}`,
      '',
      effect.fr,
      '',
      "Retrouvez l'historique de la facture dans votre espace fournisseurs, rubrique Factures.",
      '',
      '---',
      `Invoice ${invoice.number} was ${rejected ? 'rejected' : 'suspended'} on ${event.on}. Reason: ${event.reason ?? '—'}.`,
      effect.en,
    ].join('\n'),
  };
}

/** The deadline has passed and the invoice is unpaid: interest now runs (SPEC §5c). */
export function overdueMail(to: string, invoice: { id: string; number: string; invoiceDate: LocalDate; deadline: LocalDate }): Mail {
  return {
    idempotencyKey: `invoice-overdue:${invoice.id}:${to}`,
    to,
    subject: `Facture ${invoice.number} : délai de paiement dépassé depuis le ${frDate(invoice.deadline)}`,
    text: [
      'Bonjour,',
      '',
      `Votre facture n° ${invoice.number} du ${frDate(invoice.invoiceDate)} devait être mise en paiement au plus tard le ${frDate(invoice.deadline)}.`,
      "Depuis le lendemain, des intérêts moratoires courent (taux de la BCE du semestre + 8 points) et une indemnité forfaitaire de 40 € pour frais de recouvrement est due. Ils vous sont dus sans que vous ayez à les demander (Code de la commande publique, L2192-13 et D2192-35).",
      '',
      'Suivez leur montant, jour après jour, dans votre espace fournisseurs, rubrique Factures.',
      '',
      '---',
      `Invoice ${invoice.number} is past its payment deadline (${invoice.deadline}). Late interest and a 40 € recovery indemnity are now owed to you, without any claim on your part.`,
    ].join('\n'),
  };
}

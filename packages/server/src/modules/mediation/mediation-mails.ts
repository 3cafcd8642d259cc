import type { Mail } from '../notification/outbox.service.js';
import type { DisputeStatus } from './mediation-rules.js';

/**
 * Notices only: what happened and a link. The dispute's content never leaves the app by e-mail
 * (it may name people, amounts and grievances).
 */
const STATUS_FR: Record<DisputeStatus, string> = {
  OPEN: 'ouverte',
  UNDER_REVIEW: "en cours d'examen",
  RESOLVED: 'résolue',
  CLOSED_WITHOUT_AGREEMENT: 'close sans accord',
  WITHDRAWN: 'retirée',
};

export const supplierDisputeLink = (publicUrl: string, id: string) => `${publicUrl}/mediation/${id}`;
export const mediatorDisputeLink = (publicUrl: string, id: string) => `${publicUrl}/back-office/mediation/${id}`;

/** To each mediator: a supplier opened a dispute (`messageId` absent) or wrote in one. */
export function mediatorNoticeMail(input: { to: string; disputeId: string; messageId: string | null; link: string }): Mail {
  const opened = input.messageId === null;
  return {
    idempotencyKey: opened ? `dispute-opened:${input.disputeId}:${input.to}` : `dispute-message:${input.messageId}:${input.to}`,
    to: input.to,
    subject: opened ? 'Médiation : un fournisseur a ouvert une demande' : 'Médiation : nouveau message d’un fournisseur',
    text: [
      'Bonjour,',
      '',
      opened ? 'Un fournisseur a ouvert une demande de médiation.' : 'Un fournisseur a écrit dans une demande de médiation.',
      `Lisez-la dans le back-office : ${input.link}`,
      '',
      '---',
      opened ? 'A supplier opened a dispute.' : 'A supplier wrote in a dispute.',
      `Read it in the back-office: ${input.link}`,
    ].join('\n'),
  };
}

/** To the supplier user who opened the dispute: the mediator answered or moved it. */
export function supplierNoticeMail(input: { to: string; messageId: string; status: DisputeStatus | null; link: string }): Mail {
  return {
    idempotencyKey: `dispute-answer:${input.messageId}:${input.to}`,
    to: input.to,
    subject: input.status ? `Votre demande de médiation : ${STATUS_FR[input.status]}` : 'Votre demande de médiation : nouvelle réponse du médiateur',
    text: [
      'Bonjour,',
      '',
      input.status
        ? `Le médiateur de la Région a changé le statut de votre demande de médiation : ${STATUS_FR[input.status]}.`
        : 'Le médiateur de la Région a répondu à votre demande de médiation.',
      `Lisez sa réponse dans votre espace fournisseurs : ${input.link}`,
      '',
      '---',
      'The Region’s mediator answered your dispute or changed its status.',
      `Read it in your supplier space: ${input.link}`,
    ].join('\n'),
  };
}

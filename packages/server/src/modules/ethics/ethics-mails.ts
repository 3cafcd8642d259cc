import type { Mail } from '../notification/outbox.service.js';
import type { DeclarationKind } from './ethics-rules.js';
import type { DeclarationStatus } from './ethics.entities.js';

const KIND_FR: Record<DeclarationKind, string> = {
  GIFT: 'de cadeau',
  INVITATION: "d'invitation",
  CONFLICT_OF_INTEREST: "de conflit d'intérêts",
  ANTI_COMPETITIVE_PRACTICE: 'de signalement',
};
const STATUS_FR: Record<DeclarationStatus, string> = {
  SUBMITTED: 'déposée',
  UNDER_REVIEW: "en cours d'examen",
  ACKNOWLEDGED: 'prise en compte',
  ACTION_REQUIRED: 'action requise de votre part',
  REFUSED: 'refusée',
  CLOSED: 'close',
};

/** The author learns the review's outcome; the content stays in the app (no detail by e-mail). */
export function declarationReviewedMail(input: { to: string; declarationId: string; commentId: string; kind: DeclarationKind; status: DeclarationStatus }): Mail {
  return {
    idempotencyKey: `declaration-reviewed:${input.commentId}:${input.to}`,
    to: input.to,
    subject: `Votre déclaration ${KIND_FR[input.kind]} : ${STATUS_FR[input.status]}`,
    text: [
      'Bonjour,',
      '',
      `Le référent déontologue de la Région a examiné votre déclaration ${KIND_FR[input.kind]}. Son statut : ${STATUS_FR[input.status]}.`,
      'Son commentaire est à lire dans votre espace fournisseurs, rubrique Déontologie.',
      '',
      '---',
      'The Region’s ethics officer reviewed your declaration. Read the comment in your supplier space (Déontologie).',
    ].join('\n'),
  };
}

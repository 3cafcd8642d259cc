import type { Mail } from '../notification/outbox.service.js';

/** E-mails of the access requests (French first, then English), one idempotency key per (event, recipient). */
export function accessRefusedMail(input: { requestId: string; to: string; siret: string; reason: string }): Mail {
  return {
    idempotencyKey: `access-request:${input.requestId}:refused:${input.to}`,
    to: input.to,
    subject: "Votre demande d'accès à l'espace fournisseurs de la Région",
    text: [
      'Bonjour,',
      '',
      `Votre demande d'accès à l'espace fournisseurs pour le SIRET ${input.siret} n'a pas été acceptée, pour le motif suivant :`,
      '',
      input.reason,
      '',
      "Vous pouvez déposer une nouvelle demande depuis la page « Demander un accès » de la plateforme.",
      '',
      '---',
      '',
      `Your request for access to the supplier platform for SIRET ${input.siret} was not accepted, for the reason above.`,
    ].join('\n'),
  };
}

export function colleagueInvitedNotice(input: { requestId: string; to: string; supplierName: string; requesterName: string; requesterEmail: string; roleInCompany: string }): Mail {
  return {
    idempotencyKey: `access-request:${input.requestId}:owner-notice:${input.to}`,
    to: input.to,
    subject: `Nouvel utilisateur invité dans l'espace de ${input.supplierName}`,
    text: [
      'Bonjour,',
      '',
      `${input.requesterName} (${input.requesterEmail}, ${input.roleInCompany}) a demandé l'accès à l'espace de ${input.supplierName}.`,
      'La Région a accepté sa demande : cette personne a reçu une invitation comme membre.',
      "Si vous ne la connaissez pas, retirez-la depuis la page « Mon entreprise » de l'espace fournisseurs.",
      '',
      '---',
      '',
      `${input.requesterName} asked for access to ${input.supplierName}'s space; the Region invited them as a member.`,
      'If you do not know them, remove them from the "My company" page.',
    ].join('\n'),
  };
}

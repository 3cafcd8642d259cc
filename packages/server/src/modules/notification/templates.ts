import type { Mail } from './outbox.service.js';

/** E-mails in French first, English second (the Region's language, then its suppliers' other one). */
export function invitationMail(input: {
  to: string;
  userId: string;
  tokenId: string;
  supplierName: string;
  inviterName: string | null;
  link: string;
  expiresAt: Date;
}): Mail {
  const until = input.expiresAt.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris', day: 'numeric', month: 'long', year: 'numeric' });
  const untilEn = input.expiresAt.toLocaleDateString('en-GB', { timeZone: 'Europe/Paris', day: 'numeric', month: 'long', year: 'numeric' });
  const who = input.inviterName ? `${input.inviterName} vous invite` : 'Vous êtes invité(e)';
  const whoEn = input.inviterName ? `${input.inviterName} invites you` : 'You are invited';
  return {
    idempotencyKey: `invitation:${input.tokenId}:${input.userId}`,
    to: input.to,
    subject: `Invitation à l'espace fournisseurs de la Région — ${input.supplierName}`,
    text: [
      'Bonjour,',
      '',
      `${who} à rejoindre l'espace de ${input.supplierName} sur la plateforme fournisseurs de la Région Centre-Val de Loire :`,
      'suivi des factures et des intérêts moratoires, enquête de satisfaction, charte de déontologie.',
      '',
      `Choisissez votre mot de passe avec ce lien, valable jusqu'au ${until} et utilisable une seule fois :`,
      input.link,
      '',
      "Si vous n'attendiez pas cette invitation, ignorez ce message.",
      '',
      '---',
      '',
      `${whoEn} to join ${input.supplierName}'s space on the Centre-Val de Loire Region's supplier platform.`,
      `Choose your password with the link above; it works once, until ${untilEn}.`,
    ].join('\n'),
  };
}

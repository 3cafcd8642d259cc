import type { Mail } from '../notification/outbox.service.js';
import type { SurveyCampaign } from './survey.entities.js';

const frDate = (d: string) => d.split('-').reverse().join('/');

/** The invitation or a reminder, with the secret link (valid until the close date). */
export function surveyInvitationMail(input: { to: string; campaign: SurveyCampaign; link: string; kind: 'invitation' | 'reminder'; key: string }): Mail {
  const { campaign } = input;
  const reminder = input.kind === 'reminder';
  const anonymity = campaign.anonymous
    ? "Vos réponses sont anonymes : rien ne les relie à votre entreprise."
    : 'Cette enquête est nominative : vos réponses sont rattachées à votre entreprise.';
  return {
    idempotencyKey: input.key,
    to: input.to,
    subject: `${reminder ? 'Rappel — ' : ''}${campaign.title} : votre avis compte`,
    text: [
      'Bonjour,',
      '',
      reminder
        ? `Vous n'avez pas encore répondu à l'enquête « ${campaign.title} ». Il est encore temps, jusqu'au ${frDate(campaign.closesOn)}.`
        : `La Région Centre-Val de Loire vous invite à répondre à l'enquête « ${campaign.title} », jusqu'au ${frDate(campaign.closesOn)}.`,
      anonymity,
      'Vous pouvez vous interrompre et reprendre plus tard, depuis n’importe quel appareil.',
      '',
      'Répondre :',
      input.link,
      '',
      '---',
      `${reminder ? 'Reminder: ' : ''}the Centre-Val de Loire Region invites you to answer "${campaign.title}" until ${campaign.closesOn}. ${campaign.anonymous ? 'Your answers are anonymous.' : 'This survey is not anonymous.'} Link above.`,
    ].join('\n'),
  };
}

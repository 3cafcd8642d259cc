import type { EntityManager } from '@mikro-orm/core';
import { addDays, type LocalDate } from '../../shared/calendar.js';
import { applyScope, internalScope } from '../../shared/tenant.js';
import type { Viewer } from '../../shared/viewer.js';
import { User } from '../identity/user.entity.js';
import { viewerOf } from '../identity/session.service.js';
import { acceptCharter, publishCharter } from '../ethics/charter.service.js';
import { recordMeeting, respondToMeeting, saveConsultation } from '../ethics/consultation.service.js';
import { fileDeclaration, reviewDeclaration } from '../ethics/declaration.service.js';
import { DeclarationKind } from '../ethics/ethics-rules.js';
import { DeclarationStatus } from '../ethics/ethics.entities.js';

export const DEMO_CHARTER = `# Charte de déontologie des fournisseurs

La Région Centre-Val de Loire et ses fournisseurs partagent trois valeurs : **loyauté**, **transparence** et **intégrité**.

## Cadeaux et invitations
Les cadeaux de très faible valeur sont tolérés. Au-delà de 73 € par an, pour une même entreprise (tous ses établissements) et un même bénéficiaire, ils sont interdits.
Aucune invitation n'est acceptée pendant une consultation à laquelle vous participez, de sa publication à sa notification.

## Conflits d'intérêts
Signalez toute situation qui pourrait influencer un agent de la Région : lien familial, intérêt financier, ancien emploi.

## Pratiques anticoncurrentielles
Les ententes sur les prix et la répartition des marchés sont proscrites. Vous pouvez les signaler, au besoin anonymement : seul le référent déontologue lit ces signalements.

## Rencontres
Chaque rencontre entre des agents et un fournisseur donne lieu à une liste écrite des sujets abordés, que le fournisseur confirme.
`;

/** Ethics demo (issue 5): a charter, acceptances, a consultation, declarations of every kind with reviews, meetings — all through the audited services. */
export async function seedDemoEthics(em: EntityManager, publicUrl: string, today: LocalDate): Promise<void> {
  const internal = internalScope(em.fork());
  const as = async (email: string): Promise<Viewer> => viewerOf(await internal.findOneOrFail(User, { email }, { populate: ['supplier'] }), 'demo');
  const officer = await as('deontologue@centrevaldeloire.example');
  const buyer = await as('acheteur@centrevaldeloire.example');
  const mbOwner = await as('gerante@menuiserie-berrichonne.example');
  const mbMember = await as('compta@menuiserie-berrichonne.example');
  const tl = await as('direction@transports-ligeriens.example');
  // Each step runs as its demo user would, through the same scoping as a request.
  const scoped = (v: Viewer) => applyScope(em.fork(), v);

  await publishCharter(scoped(officer), officer, 'Charte de déontologie des fournisseurs', DEMO_CHARTER, publicUrl);
  await acceptCharter(scoped(mbOwner), mbOwner, 1);

  await saveConsultation(scoped(buyer), buyer, null, {
    reference: 'AO-2026-014', title: 'Entretien des espaces verts des lycées du Cher', publishedOn: addDays(today, -20),
    bidsDueOn: addDays(today, 10), agentIds: [buyer.userId], candidateSupplierIds: [mbOwner.supplierId!, tl.supplierId!],
  });

  const gift = await fileDeclaration(scoped(mbOwner), mbOwner, {
    kind: DeclarationKind.GIFT, what: 'Coffret de produits du Berry', occasion: 'Vœux de fin d’année', valueCents: 4500, eventOn: addDays(today, -60), beneficiaryAgentId: buyer.userId,
  }, today);
  const invitation = await fileDeclaration(scoped(mbOwner), mbOwner, {
    kind: DeclarationKind.INVITATION, what: 'Déjeuner', place: 'Bourges', valueCents: 4000, eventOn: addDays(today, -10), beneficiaryAgentId: buyer.userId,
  }, today);
  await fileDeclaration(scoped(tl), tl, {
    kind: DeclarationKind.CONFLICT_OF_INTEREST, nature: 'FORMER_EMPLOYMENT', beneficiaryAgentId: buyer.userId, eventOn: '2024-09-01',
    description: "Notre responsable d'exploitation a travaillé avec l'acheteur dans une précédente entreprise.",
  }, today);
  await fileDeclaration(scoped(mbMember), mbMember, {
    kind: DeclarationKind.ANTI_COMPETITIVE_PRACTICE, anonymous: true,
    description: 'Deux entreprises du secteur semblent se répartir les lots de la consultation AO-2026-014.',
  }, today);

  await reviewDeclaration(scoped(officer), officer, gift.id, DeclarationStatus.ACKNOWLEDGED, 'Cadeau de faible valeur : pris en compte.');
  await reviewDeclaration(scoped(officer), officer, invitation.id, DeclarationStatus.ACTION_REQUIRED, "Invitation pendant la consultation AO-2026-014, au-delà du plafond annuel : merci de ne pas la renouveler.");

  const meeting = await recordMeeting(scoped(buyer), buyer, { supplierId: mbOwner.supplierId!, heldOn: addDays(today, -7), agentIds: [buyer.userId], topics: ["Planning de l'entretien des espaces verts", 'Conditions de facturation'] }, today);
  await respondToMeeting(scoped(mbOwner), mbOwner, meeting.id, true, null);
  await recordMeeting(scoped(buyer), buyer, { supplierId: tl.supplierId!, heldOn: addDays(today, -3), agentIds: [buyer.userId], topics: ['Retour sur la tournée de livraison', 'Calendrier 2027'] }, today);
}

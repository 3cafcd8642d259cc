import type { ViewerInfo } from './viewer';

/** Every route's address, in one place. */
export const paths = {
  home: '/',
  signIn: '/connexion',
  secondFactor: '/connexion/verification',
  secondFactorSetup: '/connexion/second-facteur',
  invitation: '/invitation/:token',
  invoices: '/factures',
  invoice: '/factures/:id',
  claimLetter: '/factures/:id/reclamation',
  surveys: '/enquetes',
  survey: '/enquetes/:campaignId',
  surveyByLink: '/enquetes/repondre/:token',
  ethics: '/deontologie',
  declarations: '/deontologie/declarations',
  newDeclaration: '/deontologie/declarations/nouvelle',
  declaration: '/deontologie/declarations/:id',
  meetings: '/deontologie/rencontres',
  company: '/entreprise',
  mediation: '/mediation',
  newDispute: '/mediation/nouvelle',
  dispute: '/mediation/:id',
  backOffice: '/back-office',
  backOfficeMediation: '/back-office/mediation',
  backOfficeDispute: '/back-office/mediation/:id',
  suppliers: '/back-office/fournisseurs',
  backOfficeInvoices: '/back-office/factures',
  backOfficeInvoice: '/back-office/factures/:id',
  invoiceImport: '/back-office/factures/import',
  interestRates: '/back-office/taux',
  outbox: '/back-office/boite-d-envoi',
  backOfficeSurveys: '/back-office/enquetes',
  newSurveyCampaign: '/back-office/enquetes/nouvelle',
  surveyCampaign: '/back-office/enquetes/:id',
  surveyPreview: '/back-office/enquetes/:id/apercu',
  surveyResults: '/back-office/enquetes/:id/resultats',
  ethicsReview: '/back-office/deontologie',
  ethicsDeclaration: '/back-office/deontologie/declarations/:id',
  charterEditor: '/back-office/deontologie/charte',
  thresholds: '/back-office/deontologie/seuils',
  consultations: '/back-office/consultations',
  backOfficeMeetings: '/back-office/rencontres',
  contracts: '/back-office/marches',
  contractImport: '/back-office/marches/import',
  indicators: '/back-office/indicateurs',
  explorer: '/back-office/explorateur',
  apiTokens: '/back-office/jetons',
  supplierImport: '/back-office/fournisseurs/import',
  accessRequests: '/back-office/demandes-d-acces',
  requestAccess: '/demander-un-acces',
  publicSpaser: '/spaser',
  accessibility: '/accessibilite',
  privacy: '/donnees-personnelles',
} as const;

/** Who may enter a part of the app (the server checks every operation again). */
export type Area =
  | 'signedIn'
  | 'supplier'
  | 'agent'
  | 'invoiceReader'
  | 'finance'
  | 'admin'
  | 'surveyReader'
  | 'surveyManager'
  | 'ethicsReader'
  | 'ethicsAgent'
  | 'contractImport'
  | 'mediator';

export function mayEnter(viewer: ViewerInfo, area: Area): boolean {
  switch (area) {
    case 'signedIn':
      return true;
    case 'supplier':
      return viewer.kind === 'SUPPLIER';
    case 'agent':
      return viewer.kind === 'AGENT';
    case 'invoiceReader':
      return viewer.kind === 'AGENT' && (viewer.roles.includes('FINANCE') || viewer.roles.includes('AUDITOR'));
    case 'finance':
      return viewer.kind === 'AGENT' && viewer.roles.includes('FINANCE');
    case 'admin':
      return viewer.kind === 'AGENT' && viewer.roles.includes('ADMIN');
    case 'surveyReader':
      return viewer.kind === 'AGENT' && (viewer.roles.includes('SURVEY_MANAGER') || viewer.roles.includes('AUDITOR'));
    case 'surveyManager':
      return viewer.kind === 'AGENT' && viewer.roles.includes('SURVEY_MANAGER');
    case 'ethicsReader':
      return viewer.kind === 'AGENT' && (viewer.roles.includes('ETHICS_OFFICER') || viewer.roles.includes('AUDITOR'));
    case 'contractImport':
      return viewer.kind === 'AGENT' && (viewer.roles.includes('BUYER') || viewer.roles.includes('ADMIN'));
    case 'mediator':
      return viewer.kind === 'AGENT' && (viewer.roles.includes('MEDIATOR') || viewer.roles.includes('AUDITOR'));
    case 'ethicsAgent':
      return viewer.kind === 'AGENT' && (['BUYER', 'ETHICS_OFFICER', 'AUDITOR'] as const).some((r) => viewer.roles.includes(r));
  }
}

/** The part of the app a path belongs to, most specific first. */
const AREA_PREFIXES: [string, Area][] = [
  [paths.invoiceImport, 'finance'],
  [paths.backOfficeInvoices, 'invoiceReader'],
  [paths.outbox, 'admin'],
  [paths.supplierImport, 'admin'],
  [paths.accessRequests, 'admin'],
  [paths.newSurveyCampaign, 'surveyManager'],
  [paths.backOfficeSurveys, 'surveyReader'],
  [paths.ethicsReview, 'ethicsReader'],
  [paths.consultations, 'ethicsAgent'],
  [paths.backOfficeMeetings, 'ethicsAgent'],
  [paths.contractImport, 'contractImport'],
  [paths.backOfficeMediation, 'mediator'],
  [paths.backOffice, 'agent'],
  [paths.company, 'supplier'],
  [paths.invoices, 'supplier'],
  [paths.surveys, 'supplier'],
  [paths.ethics, 'supplier'],
  [paths.mediation, 'supplier'],
];

export function areaOf(path: string): Area {
  const pathname = path.split(/[?#]/)[0]!;
  return AREA_PREFIXES.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`))?.[1] ?? 'signedIn';
}

/** Where a user lands after signing in. */
export function homeOf(viewer: ViewerInfo): string {
  return viewer.kind === 'AGENT' ? paths.backOffice : paths.home;
}

/** After sign-in: back to the page that asked for it, when this user may see it. */
export function landingAfterSignIn(viewer: ViewerInfo, from: string | undefined): string {
  return from && from !== paths.home && from !== paths.signIn && mayEnter(viewer, areaOf(from)) ? from : homeOf(viewer);
}

/** An invoice's page: the supplier's own, or the back-office one (with the finance tools). */
export function invoicePath(id: string, backOffice = false): string {
  return `${backOffice ? paths.backOfficeInvoices : paths.invoices}/${encodeURIComponent(id)}`;
}

export function claimLetterPath(id: string): string {
  return `${invoicePath(id)}/reclamation`;
}

/** A survey as its supplier answers it (signed in). */
export function surveyPath(campaignId: string): string {
  return `${paths.surveys}/${encodeURIComponent(campaignId)}`;
}

/** A campaign in the back-office, or one of its pages. */
export function surveyCampaignPath(id: string, page?: 'apercu' | 'resultats'): string {
  return `${paths.backOfficeSurveys}/${encodeURIComponent(id)}${page ? `/${page}` : ''}`;
}

/** A declaration's page: the supplier's own, or the ethics officer's review page. */
export function declarationPath(id: string, backOffice = false): string {
  return `${backOffice ? `${paths.ethicsReview}/declarations` : paths.declarations}/${encodeURIComponent(id)}`;
}

/** A dispute's page: the supplier's own, or the mediator's. */
export function disputePath(id: string, backOffice = false): string {
  return `${backOffice ? paths.backOfficeMediation : paths.mediation}/${encodeURIComponent(id)}`;
}

/** The mediation form with its subject chosen in advance (from an invoice's page, for instance). */
export function newDisputePath(kind?: 'INVOICE' | 'CONTRACT' | 'DECLARATION', id?: string): string {
  if (!kind || !id) return paths.newDispute;
  return `${paths.newDispute}?${new URLSearchParams({ sujet: kind, id }).toString()}`;
}

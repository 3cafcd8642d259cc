import type { ViewerInfo } from './viewer';

/** Every route's address, in one place. */
export const paths = {
  home: '/',
  signIn: '/connexion',
  invitation: '/invitation/:token',
  invoices: '/factures',
  invoice: '/factures/:id',
  claimLetter: '/factures/:id/reclamation',
  surveys: '/enquetes',
  ethics: '/deontologie',
  company: '/entreprise',
  backOffice: '/back-office',
  suppliers: '/back-office/fournisseurs',
  backOfficeInvoices: '/back-office/factures',
  backOfficeInvoice: '/back-office/factures/:id',
  invoiceImport: '/back-office/factures/import',
  interestRates: '/back-office/taux',
  outbox: '/back-office/boite-d-envoi',
  accessibility: '/accessibilite',
  privacy: '/donnees-personnelles',
} as const;

/** Who may enter a part of the app (the server checks every operation again). */
export type Area = 'signedIn' | 'supplier' | 'agent' | 'invoiceReader' | 'finance' | 'admin';

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
  }
}

/** The part of the app a path belongs to, most specific first. */
const AREA_PREFIXES: [string, Area][] = [
  [paths.invoiceImport, 'finance'],
  [paths.backOfficeInvoices, 'invoiceReader'],
  [paths.outbox, 'admin'],
  [paths.backOffice, 'agent'],
  [paths.company, 'supplier'],
  [paths.invoices, 'supplier'],
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

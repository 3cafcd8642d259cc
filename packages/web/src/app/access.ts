import type { ViewerInfo } from './viewer';

/** Every route's address, in one place. */
export const paths = {
  home: '/',
  signIn: '/connexion',
  invitation: '/invitation/:token',
  invoices: '/factures',
  surveys: '/enquetes',
  ethics: '/deontologie',
  company: '/entreprise',
  backOffice: '/back-office',
  suppliers: '/back-office/fournisseurs',
  outbox: '/back-office/boite-d-envoi',
  accessibility: '/accessibilite',
  privacy: '/donnees-personnelles',
} as const;

/** Who may enter a part of the app (the server checks every operation again). */
export type Area = 'signedIn' | 'supplier' | 'agent' | 'admin';

export function mayEnter(viewer: ViewerInfo, area: Area): boolean {
  switch (area) {
    case 'signedIn':
      return true;
    case 'supplier':
      return viewer.kind === 'SUPPLIER';
    case 'agent':
      return viewer.kind === 'AGENT';
    case 'admin':
      return viewer.kind === 'AGENT' && viewer.roles.includes('ADMIN');
  }
}

/** The part of the app a path belongs to, most specific first. */
const AREA_PREFIXES: [string, Area][] = [
  [paths.outbox, 'admin'],
  [paths.backOffice, 'agent'],
  [paths.company, 'supplier'],
];

export function areaOf(path: string): Area {
  return AREA_PREFIXES.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`))?.[1] ?? 'signedIn';
}

/** Where a user lands after signing in. */
export function homeOf(viewer: ViewerInfo): string {
  return viewer.kind === 'AGENT' ? paths.backOffice : paths.home;
}

/** After sign-in: back to the page that asked for it, when this user may see it. */
export function landingAfterSignIn(viewer: ViewerInfo, from: string | undefined): string {
  return from && from !== paths.home && from !== paths.signIn && mayEnter(viewer, areaOf(from)) ? from : homeOf(viewer);
}

import type { Role } from './roles.js';

/** Who is asking, resolved once per request from the session cookie (or, later, an API token). */
export interface Viewer {
  userId: string;
  sessionId: string;
  kind: 'AGENT' | 'SUPPLIER';
  roles: Role[];
  supplierId: string | null;
  email: string;
  displayName: string;
  locale: 'fr' | 'en';
}

export const hasRole = (viewer: Viewer | null, ...roles: readonly Role[]) =>
  !!viewer && viewer.roles.some((r) => roles.includes(r));

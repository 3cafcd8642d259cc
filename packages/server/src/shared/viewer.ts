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
  /** A supplier user's supplier, when the session lookup brought it (else read on demand). */
  supplier?: import('../modules/supplier/supplier.queries.js').SupplierFields | null;
}

export const hasRole = (viewer: Viewer | null, ...roles: readonly Role[]) =>
  !!viewer && viewer.roles.some((r) => roles.includes(r));

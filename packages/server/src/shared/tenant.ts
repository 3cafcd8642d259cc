import type { EntityManager } from '@mikro-orm/core';
import { Role } from './roles.js';
import type { Viewer } from './viewer.js';

/**
 * Supplier isolation, failing closed. Every supplier-owned entity carries this filter (on by
 * default). Its parameter is set on the request's forked EntityManager from the viewer: a supplier
 * user's supplier id, or `internal` for agents (whose operations are guarded by role checks). With
 * no parameter — an anonymous request, a job that forgot to choose — any read of such an entity
 * throws instead of returning everything. Code that must read across suppliers without a viewer
 * (sign-in, the CLI, jobs) says so with `filters: { tenant: false }` or `internalScope(em)`.
 * The QueryBuilder and raw SQL do not apply filters: they take `supplierCondition` themselves.
 */
export const TENANT_FILTER = 'tenant';

export type TenantScope = { supplierId: string; internal?: never } | { internal: true; supplierId?: never };

/** `field` leads from the entity to its supplier: its own id, a `supplier` relation, or `holders` (M:N). */
export function tenantFilter(field: 'id' | 'supplier' | 'holders', alsoVisible?: Record<string, unknown>) {
  return {
    name: TENANT_FILTER,
    default: true,
    cond: (args: Partial<TenantScope>) => {
      if (args.internal === true) return {};
      if (typeof args.supplierId === 'string' && args.supplierId) {
        const own = { [field]: args.supplierId };
        return alsoVisible ? { $or: [own, alsoVisible] } : own;
      }
      throw new Error('Supplier-owned data read without a tenant scope');
    },
  };
}

export function scopeFor(viewer: Viewer | null): TenantScope | null {
  if (!viewer) return null;
  if (viewer.kind === 'SUPPLIER') {
    if (!viewer.supplierId) throw new Error('Supplier user without a supplier');
    return { supplierId: viewer.supplierId };
  }
  return { internal: true };
}

/**
 * Confidential records (whistleblower reports) have a second filter: their author and the ethics
 * officer see them, nobody else — not the supplier's other users, not the auditor.
 */
export const CONFIDENTIAL_FILTER = 'confidential';

export function applyScope(em: EntityManager, viewer: Viewer | null): EntityManager {
  const scope = scopeFor(viewer);
  if (scope) em.setFilterParams(TENANT_FILTER, scope);
  if (viewer) em.setFilterParams(CONFIDENTIAL_FILTER, { userId: viewer.userId, seesAll: viewer.roles.includes(Role.ETHICS_OFFICER) });
  return em;
}

/** For the CLI and background jobs: an explicit, visible choice to work across suppliers. */
export function internalScope(em: EntityManager): EntityManager {
  em.setFilterParams(TENANT_FILTER, { internal: true });
  em.setFilterParams(CONFIDENTIAL_FILTER, { seesAll: true });
  return em;
}

import type { EntityManager } from '@mikro-orm/core';
import { assertId } from '../../shared/errors.js';
import { eurosOrNull } from '../../shared/money.types.js';
import { pageSize } from '../../shared/pagination.js';
import type { TenantScope } from '../../shared/tenant.js';
import { audit } from '../audit/audit.service.js';
import { type ClauseFlag, Contract } from './contract.entity.js';
import { type ContractRow, contractPage, type HolderRow, holdersOf } from './contract.queries.js';
import type { ContractFilter, ContractNode } from './contract.types.js';

const toContractNode = ({ amountCents, initialAmountCents, ...row }: ContractRow, holders: HolderRow[]): ContractNode => ({
  ...row,
  amount: eurosOrNull(amountCents),
  initialAmount: eurosOrNull(initialAmountCents),
  holders: holders.map(({ contractId: _c, ...h }) => h),
});

/** The contracts the viewer may see (a supplier: those it holds), newest first, in pages of at most 100. */
export async function listContracts(em: EntityManager, scope: TenantScope, args: { filter?: ContractFilter; first?: number | null; after?: string | null }) {
  if (args.filter?.supplierId) assertId(args.filter.supplierId, 'Fournisseur');
  const size = pageSize(args.first);
  const page = await contractPage(em, scope, { filter: args.filter, first: size, after: args.after });
  const holders = await holdersOf(em, page.rows.map((r) => r.id));
  const edges = page.rows.map((row) => ({ cursor: page.cursorOf(row), node: toContractNode(row, holders.get(row.id) ?? []) }));
  return { edges, totalCount: page.total, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

/**
 * Records whether contracts use low-carbon transport (the open data does not carry it): one
 * transaction, one audit event. `em` must be internal (an agent's or the demo's).
 */
export async function recordLowCarbonTransport(em: EntityManager, actor: string, contractIds: readonly string[], flag: ClauseFlag): Promise<number> {
  return em.transactional(async (tx) => {
    const contracts = await tx.find(Contract, { id: { $in: [...contractIds] } });
    for (const c of contracts) c.lowCarbonTransport = flag;
    await tx.flush();
    await audit(tx, { actor, action: 'contract.low-carbon-transport', entityType: 'contract', after: { contracts: contracts.map((c) => c.reference), flag } });
    return contracts.length;
  });
}

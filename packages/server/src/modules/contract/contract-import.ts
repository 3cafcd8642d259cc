import type { EntityManager } from '@mikro-orm/core';
import { createHash } from 'node:crypto';
import { badInput } from '../../shared/errors.js';
import { internalScope } from '../../shared/tenant.js';
import { audit } from '../audit/audit.service.js';
import type { Supplier } from '../supplier/supplier.entity.js';
import { HolderDirectory } from './contract-holders.js';
import { Contract } from './contract.entity.js';
import { type ContractRecord, parseDecp, sameJson } from './decp-parse.js';

/**
 * The DECP import (SPEC §5b): a JSON file of contracts, read whole (capped: 200 MB), parsed by the
 * pure `parseDecp`, then applied in chunks, each chunk one transaction through the unit of work.
 * Idempotent on (buyer id, contract id): a record equal to what is stored changes nothing.
 * Holders are matched or created as suppliers to complete. A dry run does the same inside one
 * transaction that is rolled back. One audit event per import, with the file's digest.
 */
export interface ContractImportReport {
  created: number;
  updated: number;
  unchanged: number;
  rejected: { record: string; reason: string }[];
  /** Records left aside on purpose: another buyer than the Region's (DECP_BUYER_IDS), concessions. */
  skipped: number;
  /** Holders that became new suppliers, to complete. */
  suppliersCreated: number;
}

export interface ContractImportOptions {
  dryRun: boolean;
  fileName: string;
  /** An agent's id, or 'cli'. */
  actor: string;
  /** Keep only these buyers (`acheteur.id`); null or empty keeps every record. */
  buyerIds?: readonly string[] | null;
  chunkSize?: number;
}

export const MAX_DECP_BYTES = 200 * 1024 * 1024;
export const DECP_TOO_LARGE = `Fichier trop volumineux : ${MAX_DECP_BYTES / 1024 / 1024} Mo au plus. Découpez-le (par année ou par acheteur).`;

class DryRunRollback extends Error {}

type Outcome = 'created' | 'updated' | 'unchanged';
type Values = Omit<ContractRecord, 'position' | 'holders'>;

/** Every stored property the file sets (the payment delay and low-carbon transport are the buyers' own). */
const COMPARED = [
  'buyerName', 'title', 'nature', 'procedure', 'cpvCode', 'notifiedOn', 'durationMonths', 'startOn', 'endOn', 'amountCents',
  'initialAmountCents', 'modifiedOn', 'isWorks', 'socialClause', 'environmentalClause',
] as const satisfies readonly (keyof Values & keyof Contract)[];

function differs(contract: Contract, values: Values, holders: readonly Supplier[]): boolean {
  if (COMPARED.some((k) => (contract[k] ?? null) !== (values[k] ?? null))) return true;
  if (!sameJson(contract.subcontracting, values.subcontracting)) return true;
  const stored = new Set(contract.holders.getItems().map((s) => s.id));
  return stored.size !== holders.length || holders.some((s) => !stored.has(s.id));
}

/** `JSON.parse`'s English message becomes a French reason with the position, when it gives one. */
function unreadable(error: unknown): string {
  const at = /position (\d+)/.exec(String((error as Error)?.message ?? ''));
  return `le fichier n'est pas un JSON valide${at ? ` (caractère ${at[1]})` : ''}`;
}

export async function importContracts(rootEm: EntityManager, content: Buffer, options: ContractImportOptions): Promise<ContractImportReport> {
  if (content.length > MAX_DECP_BYTES) throw badInput(DECP_TOO_LARGE);
  const report: ContractImportReport = { created: 0, updated: 0, unchanged: 0, rejected: [], skipped: 0, suppliersCreated: 0 };
  let json: unknown;
  try {
    json = JSON.parse(content.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    report.rejected.push({ record: 'fichier', reason: unreadable(error) });
    return report;
  }
  const parsed = parseDecp(json);
  if (parsed.problem) {
    report.rejected.push({ record: 'fichier', reason: parsed.problem });
    return report;
  }
  const buyers = options.buyerIds?.length ? new Set(options.buyerIds) : null;
  const records: ContractRecord[] = [];
  for (const item of parsed.items) {
    if (item.kind === 'rejected') report.rejected.push({ record: item.record, reason: item.reason });
    else if (item.kind === 'skipped' || (buyers && !buyers.has(item.record.buyerId))) report.skipped++;
    else records.push(item.record);
  }

  const holders = new HolderDirectory();
  const outcomes = new Map<string, Outcome>();
  const source = `decp:${options.fileName}`.slice(0, 80);
  const mark = (key: string, outcome: Outcome) => {
    const before = outcomes.get(key);
    if (before === 'created' || (before === 'updated' && outcome === 'unchanged')) return;
    outcomes.set(key, outcome);
  };

  const applyChunk = async (em: EntityManager, chunk: readonly ContractRecord[]) => {
    await holders.load(em, chunk.flatMap((r) => r.holders));
    const existing = await em.find(
      Contract,
      { reference: { $in: [...new Set(chunk.map((r) => r.reference))] }, buyerId: { $in: [...new Set(chunk.map((r) => r.buyerId))] } },
      { populate: ['holders:ref'] },
    );
    const byKey = new Map<string, Contract>(existing.map((c) => [`${c.buyerId}\u0000${c.reference}`, c]));
    for (const { position: _p, holders: refs, ...values } of chunk) {
      const key = `${values.buyerId}\u0000${values.reference}`;
      const suppliers = refs.map((h) => holders.supplierFor(em, h));
      const contract = byKey.get(key);
      if (!contract) {
        const created = em.create(Contract, { ...values, source });
        created.holders.set(suppliers);
        byKey.set(key, created);
        mark(key, 'created');
      } else if (differs(contract, values, suppliers)) {
        Object.assign(contract, values, { source });
        contract.holders.set(suppliers);
        mark(key, 'updated');
      } else {
        mark(key, 'unchanged');
      }
    }
    await em.flush();
  };

  const size = options.chunkSize ?? 500;
  const em = internalScope(rootEm.fork());
  if (options.dryRun) {
    await em
      .transactional(async (tx) => {
        internalScope(tx);
        for (let i = 0; i < records.length; i += size) {
          await applyChunk(tx, records.slice(i, i + size));
          tx.clear();
        }
        throw new DryRunRollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof DryRunRollback)) throw error;
      });
  } else {
    for (let i = 0; i < records.length; i += size) {
      await em.fork().transactional((tx) => applyChunk(internalScope(tx), records.slice(i, i + size)));
    }
  }

  for (const outcome of outcomes.values()) report[outcome]++;
  report.suppliersCreated = holders.created;
  if (!options.dryRun) {
    // One audit event per import, with a digest of the file, not one per record (SPEC §3).
    await em.fork().transactional((tx) =>
      audit(tx, {
        actor: options.actor,
        action: 'contract.import',
        entityType: 'contract',
        after: {
          file: options.fileName.slice(0, 255),
          sha256: createHash('sha256').update(content).digest('hex'),
          records: parsed.items.length,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          skipped: report.skipped,
          rejected: report.rejected.length,
          suppliersCreated: report.suppliersCreated,
        },
      }),
    );
  }
  return report;
}

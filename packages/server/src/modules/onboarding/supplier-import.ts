import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { createHash } from 'node:crypto';
import { openCsv } from '../../shared/csv.js';
import { internalScope } from '../../shared/tenant.js';
import { audit } from '../audit/audit.service.js';
import { issueSetPasswordToken } from '../identity/invitation.service.js';
import { User } from '../identity/user.entity.js';
import { createSupplierUser } from '../identity/user.service.js';
import { BULK, enqueueMails, sqlOf } from '../notification/outbox.service.js';
import { invitationMail } from '../notification/templates.js';
import { IdentifierType, Supplier } from '../supplier/supplier.entity.js';
import { changesFor, missingColumns, normalizeHeader, parseSupplierRow, type SupplierRow } from './supplier-row.js';

/**
 * The supplier file import (SPEC §5d): streams the CSV, checks each line with the supplier
 * module's rules, applies the good ones in chunks (one transaction each, through the unit of work),
 * and reports every bad line with its physical line number. Idempotent on the identifier (SIRET,
 * VAT number, or the legal name outside the EU). Each new supplier with a contact e-mail gets its
 * owner account invited (bulk priority in the outbox). A dry run does the same inside one
 * transaction that is rolled back. One audit event per import, with the file's digest.
 */
export interface SupplierImportReport {
  created: number;
  updated: number;
  unchanged: number;
  rejected: { line: number; reason: string }[];
  /** Owner invitations sent to new suppliers' contact e-mails. */
  invitations: number;
}

export interface SupplierImportOptions {
  dryRun: boolean;
  fileName: string;
  /** An agent's id, or 'cli'. */
  actor: string;
  /** For the invitation links. */
  publicUrl: string;
  chunkSize?: number;
}

class DryRunRollback extends Error {}

async function existingFor(em: EntityManager, rows: readonly SupplierRow[]): Promise<Map<string, Supplier>> {
  const sirets = rows.flatMap((r) => (r.kind === 'SIRET' ? [r.data.siret!] : []));
  const vats = rows.flatMap((r) => (r.kind === 'TVA' ? [r.data.vatNumber!] : []));
  const names = rows.flatMap((r) => (r.kind === 'HORS_UE' ? [r.data.legalName] : []));
  const or: FilterQuery<Supplier>[] = [];
  if (sirets.length) or.push({ siret: { $in: sirets } });
  if (vats.length) or.push({ vatNumber: { $in: vats } });
  if (names.length) or.push({ identifierType: IdentifierType.NONE, legalName: { $in: names } });
  const out = new Map<string, Supplier>();
  if (!or.length) return out;
  for (const s of await em.find(Supplier, { $or: or })) {
    if (s.siret) out.set(`SIRET:${s.siret}`, s);
    if (s.vatNumber) out.set(`TVA:${s.vatNumber}`, s);
    if (s.identifierType === IdentifierType.NONE) out.set(`HORS_UE:${s.legalName}`, s);
  }
  return out;
}

/** Invites the first owner of each new supplier at its contact e-mail (skipped when the address already has an account). */
async function inviteOwners(em: EntityManager, suppliers: readonly Supplier[], publicUrl: string): Promise<number> {
  const wanted = suppliers.filter((s) => s.contactEmail);
  if (!wanted.length) return 0;
  const taken = new Set(
    (await em.find(User, { email: { $in: [...new Set(wanted.map((s) => s.contactEmail!))] } }, { fields: ['email'], filters: { tenant: false } })).map((u) => u.email),
  );
  const mails = [];
  for (const supplier of wanted) {
    if (taken.has(supplier.contactEmail!)) continue;
    taken.add(supplier.contactEmail!);
    const user = await createSupplierUser(em, { supplier, email: supplier.contactEmail!, password: null, owner: true });
    const { secret, expiresAt, tokenId } = await issueSetPasswordToken(em, user);
    mails.push(invitationMail({ to: user.email, userId: user.id, tokenId, supplierName: supplier.legalName, inviterName: null, link: `${publicUrl}/invitation/${secret}`, expiresAt }));
  }
  await em.flush();
  await enqueueMails(sqlOf(em), mails, BULK);
  return mails.length;
}

export async function importSuppliers(rootEm: EntityManager, source: AsyncIterable<Buffer | string>, options: SupplierImportOptions): Promise<SupplierImportReport> {
  const report: SupplierImportReport = { created: 0, updated: 0, unchanged: 0, rejected: [], invitations: 0 };
  const digest = createHash('sha256');
  const tapped = (async function* () {
    for await (const chunk of source) {
      digest.update(chunk);
      yield chunk;
    }
  })();
  const csv = await openCsv(tapped, normalizeHeader);
  const missing = missingColumns(csv.headers);
  if (missing.length) {
    report.rejected.push({ line: 1, reason: `colonnes manquantes : ${missing.join(', ')}` });
    return report;
  }

  /** Identifier → the line that first gave it: a second line for the same supplier is a mistake in the file. */
  const seen = new Map<string, number>();
  let rows = 0;

  const applyChunk = async (em: EntityManager, chunk: readonly SupplierRow[]) => {
    const existing = await existingFor(em, chunk);
    const created: Supplier[] = [];
    for (const row of chunk) {
      const supplier = existing.get(row.key);
      if (!supplier) {
        created.push(em.create(Supplier, row.data));
        report.created++;
        continue;
      }
      const changes = changesFor(supplier, row.data);
      if (Object.keys(changes).length) {
        Object.assign(supplier, changes);
        report.updated++;
      } else report.unchanged++;
    }
    await em.flush();
    report.invitations += await inviteOwners(em, created, options.publicUrl);
    em.clear();
  };

  const run = async (tx: EntityManager | null, em: EntityManager) => {
    let chunk: SupplierRow[] = [];
    const flushChunk = async () => {
      if (!chunk.length) return;
      const current = chunk;
      chunk = [];
      if (tx) await applyChunk(tx, current);
      else await em.fork().transactional((t) => applyChunk(internalScope(t), current));
    };
    for await (const record of csv.records) {
      rows++;
      const parsed = parseSupplierRow(record.line, record.values);
      if (!parsed.ok) {
        report.rejected.push({ line: parsed.line, reason: parsed.reason });
        continue;
      }
      const first = seen.get(parsed.row.key);
      if (first !== undefined) {
        report.rejected.push({ line: record.line, reason: `fournisseur déjà présent ligne ${first} du fichier (${parsed.row.key.replace(':', ' ')})` });
        continue;
      }
      seen.set(parsed.row.key, record.line);
      chunk.push(parsed.row);
      if (chunk.length >= (options.chunkSize ?? 500)) await flushChunk();
    }
    await flushChunk();
  };

  const em = internalScope(rootEm.fork());
  if (options.dryRun) {
    await em
      .transactional(async (tx) => {
        await run(internalScope(tx), em);
        throw new DryRunRollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof DryRunRollback)) throw error;
      });
  } else {
    await run(null, em);
  }

  report.rejected.sort((a, b) => a.line - b.line);
  if (!options.dryRun) {
    // One audit event per import, with a digest of the file, not one per row (SPEC §3).
    await em.fork().transactional((tx) =>
      audit(tx, {
        actor: options.actor,
        action: 'supplier.import',
        entityType: 'supplier',
        after: {
          file: options.fileName.slice(0, 255),
          sha256: digest.digest('hex'),
          rows,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          rejected: report.rejected.length,
          invitations: report.invitations,
        },
      }),
    );
  }
  return report;
}

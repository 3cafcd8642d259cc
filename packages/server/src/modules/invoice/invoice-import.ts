import type { EntityManager } from '@mikro-orm/core';
import { createHash } from 'node:crypto';
import type { LocalDate } from '../../shared/calendar.js';
import { openCsv } from '../../shared/csv.js';
import { internalScope } from '../../shared/tenant.js';
import { Contract } from '../contract/contract.entity.js';
import { Supplier } from '../supplier/supplier.entity.js';
import { ImportBatch, ImportKind } from './import-batch.entity.js';
import { refreshInvoice } from './invoice-facts.js';
import { InvoiceEvent } from './invoice-event.entity.js';
import { notifyInvoiceEvents } from './invoice-notifications.js';
import { missingColumns, normalizeHeader, parseInvoiceRow, type InvoiceRow } from './invoice-row.js';
import { InvoiceStatus, STATUS_INFO } from './invoice-status.js';
import { Invoice } from './invoice.entity.js';
import { loadRateLookup } from './interest-rate.service.js';
import { orderEvents } from './payment-delay.js';

/**
 * The finance import (SPEC §5): streams the file, checks each line, applies the good ones in chunks
 * (each chunk one transaction: a crash leaves whole chunks, and re-running the file completes it),
 * and reports every bad line with its physical line number. Idempotent: a line already applied
 * changes nothing. A dry run does the same inside one transaction that is rolled back.
 */
export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  rejected: { line: number; reason: string }[];
}

export interface ImportOptions {
  dryRun: boolean;
  fileName: string;
  /** An agent's id, or 'cli'. */
  actor: string;
  today: LocalDate;
  chunkSize?: number;
  /** E-mail suppliers about suspensions and rejections (default true; the demo seed turns it off). */
  notify?: boolean;
  /** Called after each committed chunk (tests use it to simulate a crash). */
  afterChunk?: (rows: number) => void;
}

class DryRunRollback extends Error {}

const keyOf = (supplierId: string, number: string) => `${supplierId}\u0000${number}`;
const sameEvent = (e: InvoiceEvent, r: InvoiceRow) => e.status === r.status && e.on === r.statusOn && (e.reason ?? null) === r.reason;

/** Nothing follows REJECTED or PAID, and only PAID follows PAYMENT_ISSUED (in date-then-lifecycle order). */
function transitionProblem(events: readonly { status: InvoiceStatus; on: string }[]): string | null {
  let final: InvoiceStatus | null = null;
  for (const e of orderEvents(events)) {
    if (final === InvoiceStatus.REJECTED) return 'la facture est rejetée : aucun statut ne peut suivre';
    if (final === InvoiceStatus.PAID) return `statut « ${STATUS_INFO[e.status].label} » après le paiement`;
    if (final === InvoiceStatus.PAYMENT_ISSUED && e.status !== InvoiceStatus.PAID && e.status !== InvoiceStatus.PAYMENT_ISSUED) {
      return `statut « ${STATUS_INFO[e.status].label} » après la mise en paiement`;
    }
    if (e.status === InvoiceStatus.REJECTED || e.status === InvoiceStatus.PAID || e.status === InvoiceStatus.PAYMENT_ISSUED) final = e.status;
  }
  return null;
}

export async function importInvoices(rootEm: EntityManager, source: AsyncIterable<Buffer | string>, options: ImportOptions): Promise<ImportReport> {
  const em = internalScope(rootEm.fork());
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0, rejected: [] };
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

  const created = new Set<string>();
  const updated = new Set<string>();
  const touched = new Set<string>();
  const supplierIds = new Map<string, string | null>();
  const rateFor = await loadRateLookup(em);
  let rows = 0;

  const applyChunk = async (tx: EntityManager, chunk: InvoiceRow[]) => {
    internalScope(tx);
    const unknown = [...new Set(chunk.map((r) => r.siret).filter((s) => !supplierIds.has(s)))];
    if (unknown.length) {
      for (const s of await tx.find(Supplier, { siret: { $in: unknown } }, { fields: ['id', 'siret'] })) supplierIds.set(s.siret!, s.id);
      for (const s of unknown) if (!supplierIds.has(s)) supplierIds.set(s, null);
    }
    const wanted = chunk.filter((r) => supplierIds.get(r.siret));
    const invoices = new Map<string, Invoice>();
    if (wanted.length) {
      const keys = new Set(wanted.map((r) => keyOf(supplierIds.get(r.siret)!, r.number)));
      const found = await tx.find(
        Invoice,
        { supplier: { $in: [...new Set(wanted.map((r) => supplierIds.get(r.siret)!))] }, number: { $in: [...new Set(wanted.map((r) => r.number))] } },
        { populate: ['events'] },
      );
      for (const inv of found) if (keys.has(keyOf(inv.supplier.id, inv.number))) invoices.set(keyOf(inv.supplier.id, inv.number), inv);
    }
    const contracts = new Map<string, Contract | null>();
    const changed = new Set<Invoice>();
    const newEvents: InvoiceEvent[] = [];

    for (const r of chunk) {
      const supplierId = supplierIds.get(r.siret);
      if (!supplierId) {
        report.rejected.push({ line: r.line, reason: `SIRET inconnu : ${r.siret}` });
        continue;
      }
      const key = keyOf(supplierId, r.number);
      let invoice = invoices.get(key);
      if (invoice) {
        const problem =
          invoice.amountExclTaxCents !== Number(r.amountExclTaxCents) || invoice.amountInclTaxCents !== Number(r.amountInclTaxCents)
            ? `montants différents de ceux déjà connus pour la facture ${r.number}`
            : invoice.invoiceDate !== r.invoiceDate
              ? `date d'émission différente de celle déjà connue pour la facture ${r.number} (${invoice.invoiceDate})`
              : invoice.declaredReceivedOn && r.declaredReceivedOn && invoice.declaredReceivedOn !== r.declaredReceivedOn
                ? `date de réception différente de celle déjà connue (${invoice.declaredReceivedOn})`
                : null;
        if (problem) {
          report.rejected.push({ line: r.line, reason: problem });
          continue;
        }
      }
      const events = invoice ? invoice.events.getItems() : [];
      const duplicate = events.some((e) => sameEvent(e, r));
      if (!duplicate) {
        const problem = transitionProblem([...events, { status: r.status, on: r.statusOn }]);
        if (problem) {
          report.rejected.push({ line: r.line, reason: problem });
          continue;
        }
      }
      if (!invoice) {
        invoice = tx.create(Invoice, {
          supplier: tx.getReference(Supplier, supplierId),
          number: r.number,
          invoiceDate: r.invoiceDate,
          declaredReceivedOn: r.declaredReceivedOn,
          amountExclTaxCents: Number(r.amountExclTaxCents),
          amountInclTaxCents: Number(r.amountInclTaxCents),
          status: r.status,
          statusOn: r.statusOn,
          contractReference: r.contractReference,
        });
        invoices.set(key, invoice);
        created.add(key);
        changed.add(invoice);
      }
      touched.add(key);
      if (r.declaredReceivedOn && !invoice.declaredReceivedOn) {
        invoice.declaredReceivedOn = r.declaredReceivedOn;
        changed.add(invoice);
      }
      if (r.contractReference && !invoice.contract) {
        if (!contracts.has(r.contractReference)) {
          contracts.set(r.contractReference, await tx.findOne(Contract, { reference: r.contractReference, holders: supplierId }));
        }
        const contract = contracts.get(r.contractReference);
        if (contract) {
          invoice.contract = contract;
          invoice.paymentDelayDays = contract.paymentDelayDays;
          changed.add(invoice);
        }
        invoice.contractReference ??= r.contractReference;
      }
      if (r.interestPaidCents !== null && (invoice.interestPaidCents !== Number(r.interestPaidCents) || invoice.interestPaidOn !== r.interestPaidOn)) {
        invoice.interestPaidCents = Number(r.interestPaidCents);
        invoice.interestPaidOn = r.interestPaidOn;
        changed.add(invoice);
      }
      if (!duplicate) {
        const event = tx.create(InvoiceEvent, {
          invoice,
          supplier: tx.getReference(Supplier, supplierId),
          status: r.status,
          portalCode: r.portalCode,
          on: r.statusOn,
          reason: r.reason,
          source: `import:${options.fileName}`.slice(0, 60),
        });
        invoice.events.add(event);
        newEvents.push(event);
        changed.add(invoice);
      }
      if (changed.has(invoice) && !created.has(key)) updated.add(key);
    }
    for (const invoice of changed) refreshInvoice(invoice, invoice.events.getItems(), rateFor, options.today);
    await tx.flush();
    if (!options.dryRun && options.notify !== false) await notifyInvoiceEvents(tx, newEvents);
  };

  const run = async (outer: EntityManager | null) => {
    let chunk: InvoiceRow[] = [];
    const flushChunk = async () => {
      if (!chunk.length) return;
      const current = chunk;
      chunk = [];
      if (outer) {
        await applyChunk(outer, current);
        outer.clear();
      } else {
        await em.transactional((tx) => applyChunk(tx, current));
        em.clear();
        options.afterChunk?.(rows);
      }
    };
    for await (const record of csv.records) {
      rows++;
      const parsed = parseInvoiceRow(record.line, record.values, options.today);
      if (!parsed.ok) report.rejected.push({ line: parsed.line, reason: parsed.reason });
      else chunk.push(parsed.row);
      if (chunk.length >= (options.chunkSize ?? 500)) await flushChunk();
    }
    await flushChunk();
  };

  if (options.dryRun) {
    await em
      .transactional(async (tx) => {
        await run(tx);
        throw new DryRunRollback();
      })
      .catch((error) => {
        if (!(error instanceof DryRunRollback)) throw error;
      });
  } else {
    await run(null);
  }

  report.created = created.size;
  report.updated = [...updated].filter((k) => !created.has(k)).length;
  report.unchanged = [...touched].filter((k) => !created.has(k) && !updated.has(k)).length;
  report.rejected.sort((a, b) => a.line - b.line);
  if (!options.dryRun) {
    const batch = em.create(ImportBatch, {
      kind: ImportKind.INVOICES,
      fileName: options.fileName.slice(0, 255),
      digest: digest.digest('hex'),
      rows,
      created: report.created,
      updated: report.updated,
      unchanged: report.unchanged,
      rejected: report.rejected.length,
      actor: options.actor,
      finishedAt: new Date(),
    });
    await em.persistAndFlush(batch);
  }
  return report;
}

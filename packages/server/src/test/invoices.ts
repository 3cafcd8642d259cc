import { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/core';
import { parisDay } from '../shared/calendar.js';
import { importInvoices } from '../modules/invoice/invoice-import.js';

import { INVOICE_HEADER } from '../modules/invoice/invoice-row.js';

export { INVOICE_HEADER };

/** Imports CSV lines (after the standard header) for tests; fails loudly on a rejected line. */

export async function importLines(em: EntityManager, lines: string[]) {
  const report = await importInvoices(em, Readable.from([Buffer.from([INVOICE_HEADER, ...lines].join('\n'))]), {
    dryRun: false,
    fileName: 'factory.csv',
    actor: 'test',
    today: parisDay(new Date()),
  });
  if (report.rejected.length) throw new Error(`import rejected lines: ${JSON.stringify(report.rejected)}`);
  return report;
}

import { parse } from 'csv-parse';

/**
 * Reads a CSV in the French spreadsheet dialect as a stream (SPEC §5): UTF-8 with or without BOM,
 * `;` or `,` (detected on the header line), quotes, CRLF. Yields records keyed by normalised
 * header names, with the physical line number where each record starts (the header is line 1).
 */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

export interface CsvFile {
  headers: string[];
  records: AsyncIterable<CsvRecord>;
}

function detectDelimiter(headerLine: string): string {
  const count = (c: string) => headerLine.split(c).length - 1;
  if (count(';') > 0) return ';';
  if (count('\t') > count(',')) return '\t';
  return ',';
}

export async function openCsv(source: AsyncIterable<Buffer | string>, normalizeHeader: (h: string) => string): Promise<CsvFile> {
  const iterator = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let text = '';
  while (!text.includes('\n')) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    head.push(chunk);
    text += chunk.toString('utf8');
    if (text.length > 1_000_000) break;
  }
  const firstLine = text.replace(/^\ufeff/, '').split(/\r?\n/)[0] ?? '';
  const parser = parse({ delimiter: detectDelimiter(firstLine), bom: true, info: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true });

  // Feed the parser from the source, respecting back-pressure.
  void (async () => {
    try {
      for (const chunk of head) if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        if (!parser.write(next.value)) await new Promise((r) => parser.once('drain', r));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();

  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const first = await records.next();
  const headers = first.done ? [] : first.value.record.map(normalizeHeader);

  async function* rows(): AsyncGenerator<CsvRecord> {
    for (let next = await records.next(); !next.done; next = await records.next()) {
      const { record, info } = next.value;
      if (record.every((v) => v.trim() === '')) continue;
      const innerBreaks = record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
      const values: Record<string, string> = {};
      headers.forEach((h, i) => {
        values[h] = record[i] ?? '';
      });
      yield { line: info.lines - innerBreaks, values };
    }
  }
  return { headers, records: rows() };
}

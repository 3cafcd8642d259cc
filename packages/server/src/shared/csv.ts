import { parse } from 'csv-parse';

/**
 * Reads a CSV in the French spreadsheet dialect as a stream (SPEC §5): UTF-8 with or without BOM,
 * `;` or `,` (detected on the header line), quotes, CRLF and LF mixed in one file (old Mac files: CR
 * alone). Yields records keyed by normalised header names, with the physical line number where each
 * record starts (the header is line 1; a line ends with LF or CRLF).
 */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

/** The rest of the file cannot be read as CSV (an opening quote never closed): where, and why, in French. */
export class CsvUnreadable extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const countOf = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

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
  // Files mixing CRLF and LF exist (lines appended by another tool): both end a record, whatever the first line used.
  const crOnly = !text.includes('\n') && text.includes('\r');
  const parser = parse({
    delimiter: detectDelimiter(firstLine), record_delimiter: crOnly ? '\r' : ['\r\n', '\n'], bom: true, info: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true,
  });

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

  type Parsed = { record: string[]; info: { lines: number } };
  const iterated = parser[Symbol.asyncIterator]() as AsyncIterator<Parsed>;
  // csv-parse counts every CR and LF inside a record as a line; a physical line ends with LF (or CRLF).
  let crSeen = 0;
  let nextLine = 1;
  const next = async (): Promise<IteratorResult<Parsed>> => {
    let result: IteratorResult<Parsed>;
    try {
      result = await iterated.next();
    } catch (error) {
      if (!String((error as { code?: unknown }).code ?? '').startsWith('CSV_')) throw error;
      const unclosed = (error as { code?: unknown }).code === 'CSV_QUOTE_NOT_CLOSED';
      throw new CsvUnreadable(nextLine, unclosed ? `guillemet ouvert jamais refermé : le fichier est illisible à partir de la ligne ${nextLine}` : `CSV illisible à partir de la ligne ${nextLine}`);
    }
    if (result.done) return result;
    const text = result.value.record.join('');
    const start = result.value.info.lines - countOf(text, crOnly ? /\r/g : /[\r\n]/g) - crSeen;
    if (!crOnly) crSeen += countOf(text, /\r/g);
    nextLine = result.value.info.lines - crSeen + 1;
    result.value.info.lines = start;
    return result;
  };
  const first = await next();
  const headers = first.done ? [] : first.value.record.map(normalizeHeader);

  async function* rows(): AsyncGenerator<CsvRecord> {
    for (let parsed = await next(); !parsed.done; parsed = await next()) {
      const { record, info } = parsed.value;
      if (record.every((v) => v.trim() === '')) continue;
      const values: Record<string, string> = {};
      headers.forEach((h, i) => {
        values[h] = record[i] ?? '';
      });
      yield { line: info.lines, values };
    }
  }
  return { headers, records: rows() };
}

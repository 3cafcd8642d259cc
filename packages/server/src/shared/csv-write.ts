/**
 * CSV in the French spreadsheet dialect (SPEC §6): `;` separators, UTF-8 with a BOM (so that
 * spreadsheet software reads the accents), CRLF, decimal comma. Numbers are formatted here;
 * money arrives already as decimal strings and only has its point turned into a comma.
 */
export type CsvCell = string | number | boolean | null | undefined;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') text = Number.isInteger(value) ? String(value) : String(Math.round(value * 10_000) / 10_000).replace('.', ',');
  else if (typeof value === 'boolean') text = value ? 'oui' : 'non';
  else text = value;
  // Formula injection: a cell starting with = + - @ is read as text by spreadsheet software.
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function frenchCsv(rows: readonly (readonly CsvCell[])[]): string {
  return '\ufeff' + rows.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** A decimal string ("1234.56") as the dialect writes it ("1234,56"). */
export const decimalComma = (decimal: string) => decimal.replace('.', ',');

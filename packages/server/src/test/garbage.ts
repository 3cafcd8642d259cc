import fc from 'fast-check';
import { luhnValid } from '../modules/supplier/siret.js';

/**
 * Shared arbitraries for the "garbage input" property tests (issue 8): text that breaks naive
 * parsers, and values that are certainly wrong for one field. Runs are seed-less (fast-check prints
 * the seed and the shrunk counterexample on failure, to replay with `{ seed, path }`).
 */

/** Characters that upset parsers, databases and terminals (NUL excluded: see `nul`). */
export const NASTY = [
  '\u0001', '\u0007', '\b', '\t', '\u000b', '\f', '\u001b', '\u007f', '\u0085', '\ufeff', '\ufffe', '\ufffd',
  '\u200b', '\u200e', '\u202e', '\u2028', '\u2029', '\u00a0', '\u202f', '\ud800', '\udfff', '"', "'", '`', ';', ',', '\\', '%', '_',
  '€', 'é', 'e\u0301', 'ß', 'İ', '👩‍👩‍👧', '𝔘', '<script>', "' OR 1=1 --", '${x}', '{{x}}',
];

/** Any text: full unicode (lone surrogates included) mixed with the nasty characters above, no NUL. */
export const garbageText = (maxLength = 40) =>
  fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom(...NASTY)), maxLength }).map((s) => s.replace(/\u0000/g, ''));

/** Text a person could type in a free-text field: no control characters, no line breaks. */
export const printableText = (maxLength = 40) => garbageText(maxLength).map((s) => s.replace(/[\p{Cc}\u2028\u2029]/gu, ''));

/** A very long field (several kilobytes). */
export const longText = fc.integer({ min: 1001, max: 20_000 }).chain((n) => fc.constantFrom('x', 'é', '9', '👍', ' a').map((c) => c.repeat(n)));

/** Dates that are no real day, in the formats the importers read. */
export const badDate = fc.oneof(
  fc.constantFrom('2026-02-30', '30/02/2026', '29/02/2025', '2025-02-29', '2025-13-01', '00/00/0000', '31/04/2025', '2025-00-10', '32/01/2025', '99/99/9999', '1/1/25', '2025-1-1', 'demain', '2025/01/01', '٢٠٢٥-٠١-٠١', '-2025-06-01'),
  garbageText(12).filter((s) => !/\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/.test(s) && s.trim() !== ''),
);

/** Amounts no importer should accept: negative, more than two decimals, not numbers, or beyond any real invoice. */
export const badAmount = fc.oneof(
  fc.constantFrom('-1', '-0,01', '- 5', '1,234', '1.234.56', '12,3,4', '1e3', 'NaN', 'Infinity', '0x10', '１２', '12 000,001', '€', 'abc', '1..2', ',5', '+-1'),
  fc.integer({ min: 16, max: 400 }).map((n) => '9'.repeat(n)),
  fc.bigInt({ min: 1n, max: 10n ** 12n }).map((n) => `-${n}`),
);

/** SIRETs that fail: wrong length, letters, or 14 digits with a wrong Luhn key (La Poste's SIREN excepted). */
export const badSiret = fc.oneof(
  fc.stringMatching(/^\d{1,13}$/),
  fc.stringMatching(/^\d{15,20}$/),
  fc.stringMatching(/^\d{0,13}[A-Za-z]\d{0,13}$/),
  fc.stringMatching(/^\d{14}$/).filter((s) => !luhnValid(s) && !s.startsWith('356000000')),
);

/** Line endings of every kind, as files mixing them have. */
export const lineEnding = fc.constantFrom('\n', '\r\n');

/** A quoted CSV field (the quote doubled inside), whatever it holds. */
export const quoteField = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** Deeply nested JSON text (arrays, or objects under `key`), beyond what recursive code handles. */
export const deepJson = (depth: number, key: string | null, leaf = '1') =>
  key === null ? `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}` : `${`{${JSON.stringify(key)}:`.repeat(depth)}${leaf}${'}'.repeat(depth)}`;

/** JSON values of any shape (nulls, numbers, strings, nested arrays and objects). */
export const anyJson = fc.jsonValue({ maxDepth: 4 });

import type { Language } from '../../app/i18n';
import { formatDecimal } from '../../shared/money';

/**
 * A declaration's optional attachments, checked before they are sent (the server checks them
 * again, by their content): at most 5 files of 5 MB each, PDF, PNG or JPEG.
 */
export const MAX_FILES = 5;
export const MAX_BYTES = 5 * 1024 * 1024;

/** What the file chooser offers. */
export const ACCEPT = 'application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg';

const SIGNATURES: { mediaType: string; magic: number[] }[] = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/** The media type a file's first bytes show (as the server reads it), or null. */
export function sniffMediaType(head: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.magic.every((byte, i) => head[i] === byte))?.mediaType ?? null;
}

export type FileProblem = 'empty' | 'tooBig' | 'badType' | 'tooMany';

/** What is wrong with one file, from its size and first bytes; null when it may go. */
export function fileProblem(file: { size: number }, head: Uint8Array): Exclude<FileProblem, 'tooMany'> | null {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_BYTES) return 'tooBig';
  if (!sniffMediaType(head)) return 'badType';
  return null;
}

export interface Chosen<F> {
  file: F;
  mediaType: string;
}

/**
 * Files chosen in turn: the acceptable ones join those already there (up to 5, a file chosen twice
 * counted once); the others are refused with why.
 */
export function addFiles<F extends { name: string; size: number; lastModified?: number }>(
  kept: readonly Chosen<F>[],
  incoming: readonly { file: F; head: Uint8Array }[],
): { kept: Chosen<F>[]; refused: { name: string; problem: FileProblem }[] } {
  const out = [...kept];
  const refused: { name: string; problem: FileProblem }[] = [];
  const same = (a: F, b: F) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
  for (const { file, head } of incoming) {
    if (out.some((c) => same(c.file, file))) continue;
    const problem = fileProblem(file, head);
    if (problem) refused.push({ name: file.name, problem });
    else if (out.length >= MAX_FILES) refused.push({ name: file.name, problem: 'tooMany' });
    else out.push({ file, mediaType: sniffMediaType(head)! });
  }
  return { kept: out, refused };
}

/** A file's size as people read it: "850 o", "12 Ko", "1,4 Mo" (French); "850 B", "12 KB", "1.4 MB". */
export function formatBytes(bytes: number, language: Language): string {
  const units = language === 'fr' ? ['o', 'Ko', 'Mo'] : ['B', 'KB', 'MB'];
  if (bytes < 1024) return `${bytes}\u00a0${units[0]}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)}\u00a0${units[1]}`;
  const tenths = Math.round((bytes / (1024 * 1024)) * 10);
  return `${formatDecimal(`${Math.floor(tenths / 10)}.${tenths % 10}`, language)}\u00a0${units[2]}`;
}

/** "PDF", "PNG", "JPEG", or the media type itself. */
export function kindOf(mediaType: string): string {
  return ({ 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG' } as Record<string, string>)[mediaType] ?? mediaType;
}

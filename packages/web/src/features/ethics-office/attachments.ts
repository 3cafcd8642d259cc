import type { Language } from '../../app/i18n';
import { formatDecimal } from '../../shared/money';

/** A file's size as people read it: "850 o", "12 Ko", "1,4 Mo" (French); "850 B", "12 KB", "1.4 MB". */
export function formatBytes(bytes: number, language: Language): string {
  const units = language === 'fr' ? ['o', 'Ko', 'Mo'] : ['B', 'KB', 'MB'];
  if (bytes < 1024) return `${bytes}\u00a0${units[0]}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)}\u00a0${units[1]}`;
  const tenths = Math.round((bytes / (1024 * 1024)) * 10);
  return `${formatDecimal(`${Math.floor(tenths / 10)}.${tenths % 10}`, language)}\u00a0${units[2]}`;
}

/** The kind of file in words, from its media type. */
export function fileKind(mediaType: string): 'pdf' | 'png' | 'jpeg' | 'other' {
  if (mediaType === 'application/pdf') return 'pdf';
  if (mediaType === 'image/png') return 'png';
  if (mediaType === 'image/jpeg') return 'jpeg';
  return 'other';
}

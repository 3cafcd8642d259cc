/**
 * What a declaration may carry as attachments (SPEC §3: optional, with size and type limits):
 * at most five files of 5 MB each, PDF, PNG or JPEG. The type is read from the file's first bytes,
 * never from its name or from what the browser claims.
 */
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

const SIGNATURES: { mediaType: string; magic: number[] }[] = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/** The media type the content really has, or null when it is none of the accepted ones. */
export function sniffMediaType(content: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.magic.every((byte, i) => content[i] === byte))?.mediaType ?? null;
}

/** The problem with one file, in French, or null. */
export function attachmentProblem(name: string, content: Uint8Array): string | null {
  if (content.length === 0) return `« ${name} » est vide.`;
  if (content.length > MAX_ATTACHMENT_BYTES) return `« ${name} » dépasse ${MAX_ATTACHMENT_BYTES / 1024 / 1024} Mo.`;
  if (!sniffMediaType(content)) return `« ${name} » n'est ni un PDF, ni une image PNG ou JPEG.`;
  return null;
}

/** A file name safe to show and to send back in a download header: no path, no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
  return clean || 'piece-jointe';
}

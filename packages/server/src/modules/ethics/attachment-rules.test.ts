import { describe, expect, it } from 'vitest';
import { attachmentProblem, MAX_ATTACHMENT_BYTES, safeFileName, sniffMediaType } from './attachment-rules.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const pdf = new TextEncoder().encode('%PDF-1.7\n');

describe('attachment rules', () => {
  it('reads the type from the content, not the name', () => {
    expect(sniffMediaType(pdf)).toBe('application/pdf');
    expect(sniffMediaType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(sniffMediaType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffMediaType(new TextEncoder().encode('MZ executable'))).toBeNull();
    expect(sniffMediaType(new TextEncoder().encode('%PD'))).toBeNull();
  });

  it('refuses empty, oversized and unknown files, naming them', () => {
    expect(attachmentProblem('a.pdf', pdf)).toBeNull();
    expect(attachmentProblem('vide.pdf', bytes())).toContain('vide.pdf');
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(pdf);
    expect(attachmentProblem('gros.pdf', big)).toContain('5 Mo');
    expect(attachmentProblem('gros.pdf', big.subarray(0, MAX_ATTACHMENT_BYTES))).toBeNull();
    expect(attachmentProblem('script.pdf', new TextEncoder().encode('<script>'))).toContain("n'est ni un PDF");
  });

  it('keeps only a plain file name', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\x\\facture "mars".pdf')).toBe('facture mars.pdf');
    expect(safeFileName('\u0000\u0007')).toBe('piece-jointe');
  });
});

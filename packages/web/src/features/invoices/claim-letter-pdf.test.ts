import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { i18next } from '../../app/i18n';
import '../../i18n/payments';
import { buildClaimLetter } from './claim-letter';
import { claimLetterPdf } from './claim-letter-pdf';
import { lateInvoice } from './test-fixtures';

const sender = { legalName: 'Menuiserie Berrichonne SARL', siret: '38012986600014', address: { line: '12 rue des Ébénistes', postalCode: '18000', city: 'Bourges' }, signatory: 'Claire Berthon' };

// WinAnsi is Latin-1 but for a few code points, among them the euro sign (jsdom's TextDecoder knows only Latin-1).
const WIN_ANSI: Record<number, string> = { 0x80: '€', 0x85: '…', 0x92: '’', 0x9c: 'œ' };
const winAnsi = (bytes: Buffer) => Array.from(bytes, (b) => WIN_ANSI[b] ?? String.fromCharCode(b)).join('');

/** The text-drawing operators of every page, decoded from WinAnsi. */
function pageText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    try {
      const content = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
      for (const hex of content.matchAll(/<([0-9A-Fa-f]+)> Tj/g)) out.push(winAnsi(Buffer.from(hex[1]!, 'hex')));
    } catch {
      // Not a compressed content stream (fonts, object streams…).
    }
  }
  return out.join('\n');
}

describe('the claim letter as a PDF', () => {
  it('is a real PDF whose text keeps French accents and the euro sign', async () => {
    const letter = buildClaimLetter(lateInvoice, sender, '2025-06-10', i18next.getFixedT('fr'), 'fr');
    const pdf = await claimLetterPdf(letter, { title: 'Réclamation', author: sender.legalName });
    expect(Buffer.from(pdf.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1024);
    const text = pageText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('12 rue des Ébénistes');
    expect(text).toContain('Région Centre-Val de Loire');
    expect(text).toContain('= 73,32 €');
    expect(text).toContain('Total réclamé : 113,32 €');
    expect(text).toContain('L2192-13');
  });
});

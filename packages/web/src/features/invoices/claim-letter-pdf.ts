import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import type { ClaimLetter } from './claim-letter';

/**
 * The claim letter as an A4 PDF, drawn in the browser with pdf-lib and a standard font
 * (Helvetica, WinAnsi encoding: French accents, "œ", "’" and "€" are in it). This module, and
 * pdf-lib with it, is loaded only when someone asks for the PDF.
 */
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 57; // 2 cm
const SIZE = 10;
const LEADING = 13.5;
const TEXT = rgb(0.1, 0.13, 0.15);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Characters the standard font cannot encode are replaced by their nearest neighbour. */
function encodable(font: PDFFont): (text: string) => string {
  const known = new Set(font.getCharacterSet());
  const substitutes: Record<string, string> = { '\u202f': '\u00a0', '\u2009': ' ', '\u2011': '-', '\u2212': '-', '\u2013': '-' };
  return (text) =>
    Array.from(text)
      .map((ch) => {
        if (known.has(ch.codePointAt(0)!)) return ch;
        const sub = substitutes[ch];
        if (sub && known.has(sub.codePointAt(0)!)) return sub;
        return sub === undefined ? '?' : ' ';
      })
      .join('');
}

/** Splits a paragraph into lines that fit `width`; breaks only at ordinary spaces (never inside "12 000,00 €"). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

class Writer {
  private page: PDFPage;
  private y: number;
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
    private readonly clean: (text: string) => string,
  ) {
    this.page = doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  /** Starts a new page unless `height` still fits on this one. */
  room(height: number) {
    if (this.y - height < MARGIN) {
      this.page = this.doc.addPage([A4.width, A4.height]);
      this.y = A4.height - MARGIN;
    }
  }

  /** A paragraph from `x` to the right margin (or right-aligned lines from `x`). */
  paragraph(text: string, { bold = false, x = MARGIN, after = LEADING * 0.6 }: { bold?: boolean; x?: number; after?: number } = {}) {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    for (const line of wrap(this.clean(text), font, SIZE, A4.width - MARGIN - x)) {
      this.room(LEADING);
      this.y -= LEADING;
      this.page.drawText(line, { x, y: this.y, size: SIZE, font, color: TEXT });
    }
    this.y -= after;
  }

  lines(lines: string[], options: { bold?: boolean; x?: number } = {}) {
    lines.forEach((line, i) => this.paragraph(line, { ...options, after: i === lines.length - 1 ? LEADING * 0.6 : 0 }));
  }

  space(height: number) {
    this.y -= height;
  }
}

export async function claimLetterPdf(letter: ClaimLetter, meta: { title: string; author: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const clean = encodable(fonts.regular);
  doc.setTitle(clean(meta.title));
  doc.setAuthor(clean(meta.author));
  doc.setSubject(clean(letter.subject));
  doc.setLanguage('fr-FR');
  doc.setCreator('Espace fournisseurs — Région Centre-Val de Loire');
  doc.setProducer('pdf-lib');

  const w = new Writer(doc, fonts, clean);
  const right = A4.width / 2 + 20;
  w.lines(letter.sender, { bold: false });
  w.space(LEADING);
  w.lines(letter.recipient, { x: right });
  w.space(LEADING);
  w.paragraph(letter.placeAndDate, { x: right });
  w.space(LEADING);
  w.paragraph(letter.subject, { bold: true });
  w.lines(letter.references);
  w.space(LEADING * 0.5);
  w.paragraph(letter.salutation);
  for (const p of letter.paragraphs) w.paragraph(p);
  w.lines(letter.computation, { x: MARGIN + 18 });
  w.paragraph(letter.total, { bold: true, x: MARGIN + 18 });
  for (const p of letter.request) w.paragraph(p);
  // The closing and the signature stay together.
  w.room(LEADING * (letter.signature.length + 4));
  w.paragraph(letter.closing);
  w.space(LEADING);
  w.lines(letter.signature, { x: right });
  return doc.save();
}

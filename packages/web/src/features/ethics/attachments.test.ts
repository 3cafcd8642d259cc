import { describe, expect, it } from 'vitest';
import { addFiles, fileProblem, formatBytes, kindOf, MAX_BYTES, sniffMediaType } from './attachments';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
const TEXT = new TextEncoder().encode('Bonjour');
const file = (name: string, size = 1000, lastModified = 1) => ({ name, size, lastModified });

describe('sniffMediaType', () => {
  it('reads PDF, PNG and JPEG from their first bytes, whatever the name', () => {
    expect([PDF, PNG, JPEG, TEXT, new Uint8Array()].map(sniffMediaType)).toEqual(['application/pdf', 'image/png', 'image/jpeg', null, null]);
  });
});

describe('fileProblem', () => {
  it('refuses an empty file, one above 5 MB, and one of another type', () => {
    expect(fileProblem({ size: 0 }, PDF)).toBe('empty');
    expect(fileProblem({ size: MAX_BYTES + 1 }, PDF)).toBe('tooBig');
    expect(fileProblem({ size: MAX_BYTES }, PDF)).toBeNull();
    expect(fileProblem({ size: 10 }, TEXT)).toBe('badType');
  });
});

describe('addFiles', () => {
  it('keeps five files at most, each once, and says why the others are refused', () => {
    const first = addFiles([], [
      { file: file('a.pdf'), head: PDF },
      { file: file('notes.txt'), head: TEXT },
      { file: file('b.png'), head: PNG },
    ]);
    expect(first.kept.map((c) => [c.file.name, c.mediaType])).toEqual([
      ['a.pdf', 'application/pdf'],
      ['b.png', 'image/png'],
    ]);
    expect(first.refused).toEqual([{ name: 'notes.txt', problem: 'badType' }]);

    const next = addFiles(first.kept, [
      { file: file('a.pdf'), head: PDF },
      ...['c', 'd', 'e', 'f'].map((n) => ({ file: file(`${n}.jpg`), head: JPEG })),
    ]);
    expect(next.kept.map((c) => c.file.name)).toEqual(['a.pdf', 'b.png', 'c.jpg', 'd.jpg', 'e.jpg']);
    expect(next.refused).toEqual([{ name: 'f.jpg', problem: 'tooMany' }]);
  });
});

describe('formatBytes and kindOf', () => {
  it('write sizes and kinds as people read them', () => {
    expect(formatBytes(850, 'fr')).toBe('850\u00a0o');
    expect(formatBytes(12 * 1024, 'en')).toBe('12\u00a0KB');
    expect(formatBytes(1.44 * 1024 * 1024, 'fr')).toBe('1,4\u00a0Mo');
    expect(formatBytes(5 * 1024 * 1024, 'en')).toBe('5.0\u00a0MB');
    expect(kindOf('application/pdf')).toBe('PDF');
    expect(kindOf('text/plain')).toBe('text/plain');
  });
});

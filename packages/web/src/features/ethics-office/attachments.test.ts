import { describe, expect, it } from 'vitest';
import { fileKind, formatBytes } from './attachments';

describe('attachments', () => {
  it('gives sizes in the reader\'s units', () => {
    expect(formatBytes(850, 'fr')).toBe('850\u00a0o');
    expect(formatBytes(12_500, 'fr')).toBe('12\u00a0Ko');
    expect(formatBytes(1_468_006, 'fr')).toBe('1,4\u00a0Mo');
    expect(formatBytes(1_468_006, 'en')).toBe('1.4\u00a0MB');
    expect(formatBytes(5 * 1024 * 1024, 'en')).toBe('5.0\u00a0MB');
  });

  it('names the kinds of file the server accepts', () => {
    expect(fileKind('application/pdf')).toBe('pdf');
    expect(fileKind('image/jpeg')).toBe('jpeg');
    expect(fileKind('text/plain')).toBe('other');
  });
});

import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/roles.js';
import { decryptSecret, encryptSecret, hashRecoveryCode, mfaKeyBytes } from './mfa.crypto.js';
import {
  findUsableRecoveryCode,
  formatRecoveryCode,
  newTotpSecret,
  normalizeRecoveryCode,
  normalizeTotp,
  otpauthUri,
  requiresSecondFactor,
  totpAt,
  totpMatches,
} from './mfa.rule.js';

// RFC 6238 appendix B: the SHA-1 test secret "12345678901234567890" (base32 below), 8-digit vectors
// truncated to our 6 digits.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('who needs a second factor', () => {
  it.each([
    ['AGENT', [Role.ADMIN], true],
    ['AGENT', [Role.FINANCE], true],
    ['AGENT', [Role.ETHICS_OFFICER], true],
    ['AGENT', [Role.AUDITOR], true],
    ['AGENT', [Role.BUYER, Role.AUDITOR], true],
    ['AGENT', [Role.BUYER], false],
    ['AGENT', [Role.SURVEY_MANAGER], false],
    ['SUPPLIER', [Role.SUPPLIER_OWNER], false],
  ] as const)('%s with %j → %s', (kind, roles, expected) => {
    expect(requiresSecondFactor(kind, roles)).toBe(expected);
  });
});

describe('TOTP codes (RFC 6238, SHA-1, 6 digits, 30 s)', () => {
  it.each([
    [59_000, '287082'],
    [1_111_111_109_000, '081804'],
    [1_234_567_890_000, '005924'],
    [2_000_000_000_000, '279037'],
  ])('at %i ms the code is %s', (t, code) => {
    expect(totpAt(RFC_SECRET, t)).toBe(code);
    expect(totpMatches(RFC_SECRET, code, t)).toBe(true);
  });

  const t0 = 1_234_567_890_000;
  it.each([
    ['the same period', 0, true],
    ['one period earlier (clock drift)', -30_000, true],
    ['one period later', 30_000, true],
    ['two periods earlier', -60_000, false],
    ['two periods later', 60_000, false],
  ])('a code from %s is accepted: %s', (_what, offset, expected) => {
    expect(totpMatches(RFC_SECRET, totpAt(RFC_SECRET, t0 + offset), t0)).toBe(expected);
  });

  it.each([
    ['005 924', '005924'],
    ['005924', '005924'],
    ['05924', null],
    ['0059245', null],
    ['abcdef', null],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeTotp(input)).toBe(expected);
  });

  it('a wrong code or another secret does not match', () => {
    expect(totpMatches(RFC_SECRET, '000000', t0)).toBe(false);
    expect(totpMatches(newTotpSecret(), '005924', t0)).toBe(false);
  });

  it('makes 160-bit secrets and an otpauth:// URI for the app', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = otpauthUri(secret, 'a@region.example');
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain('period=30');
    expect(uri).toContain('digits=6');
  });
});

describe('recovery codes', () => {
  it('formats 10 characters without look-alikes as xxxxx-xxxxx', () => {
    const code = formatRecoveryCode(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 30]));
    expect(code).toBe('abcde-fghj9');
  });

  it.each([
    ['ABCDE-FGHJ9', 'abcdefghj9'],
    [' abcde fghj9 ', 'abcdefghj9'],
    ['abcde-fghj', null],
    ['abcde-fghj0', null], // 0 is not in the alphabet
    ['123456', null],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeRecoveryCode(input)).toBe(expected);
  });

  it('a code works once: a used one is never found again', () => {
    const codes = [
      { codeHash: 'a', usedAt: new Date() },
      { codeHash: 'b', usedAt: null },
    ];
    expect(findUsableRecoveryCode(codes, 'a')).toBeNull();
    expect(findUsableRecoveryCode(codes, 'b')).toBe(codes[1]);
    codes[1]!.usedAt = new Date();
    expect(findUsableRecoveryCode(codes, 'b')).toBeNull();
    expect(findUsableRecoveryCode(codes, 'c')).toBeNull();
  });
});

describe('secrets at rest', () => {
  const key = mfaKeyBytes('a-test-key-of-at-least-32-characters!');
  it('seals the TOTP secret (AES-256-GCM): another key or a changed byte fails', () => {
    const sealed = encryptSecret(key, RFC_SECRET);
    expect(sealed).not.toContain(RFC_SECRET);
    expect(decryptSecret(key, sealed)).toBe(RFC_SECRET);
    expect(() => decryptSecret(mfaKeyBytes('another-key-of-at-least-32-characters'), sealed)).toThrow();
    const [v, iv, body, tag] = sealed.split('.');
    const flipped = body!.startsWith('A') ? `B${body!.slice(1)}` : `A${body!.slice(1)}`;
    expect(() => decryptSecret(key, [v, iv, flipped, tag].join('.'))).toThrow();
  });

  it('peppers recovery-code hashes with the key', () => {
    expect(hashRecoveryCode(key, 'abcdefghj9')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(key, 'abcdefghj9')).not.toBe(hashRecoveryCode(mfaKeyBytes('another-key-of-at-least-32-characters'), 'abcdefghj9'));
  });
});

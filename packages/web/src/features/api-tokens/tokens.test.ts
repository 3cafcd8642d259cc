import { describe, expect, it } from 'vitest';
import { checkTokenForm, curlExample, grantableRoles, tokenStatus } from './tokens';

describe('API tokens', () => {
  const now = new Date('2026-11-26T10:00:00Z');

  it('tells an active token from a revoked or expired one', () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: '2027-02-24T10:00:00Z' }, now)).toBe('active');
    expect(tokenStatus({ revokedAt: null, expiresAt: '2026-11-26T10:00:00Z' }, now)).toBe('expired');
    expect(tokenStatus({ revokedAt: '2026-11-01T10:00:00Z', expiresAt: '2026-10-01T10:00:00Z' }, now)).toBe('revoked');
  });

  it("offers the agent's own agent roles only, in a fixed order", () => {
    expect(grantableRoles(['AUDITOR', 'FINANCE', 'SUPPLIER_OWNER'])).toEqual(['FINANCE', 'AUDITOR']);
    expect(grantableRoles([])).toEqual([]);
  });

  it('checks the form as the server would', () => {
    const grantable = grantableRoles(['FINANCE', 'ADMIN']);
    expect(checkTokenForm({ name: '  Export mensuel ', roles: ['FINANCE'], days: '90' }, grantable)).toEqual({
      input: { name: 'Export mensuel', roles: ['FINANCE'], days: 90 },
    });
    expect(checkTokenForm({ name: ' ', roles: [], days: '0' }, grantable)).toEqual({
      problems: { name: 'nameMissing', roles: 'rolesMissing', days: 'daysInvalid' },
    });
    expect(checkTokenForm({ name: 'x'.repeat(101), roles: ['AUDITOR'], days: '366' }, grantable)).toEqual({
      problems: { name: 'nameTooLong', roles: 'rolesMissing', days: 'daysInvalid' },
    });
    expect(checkTokenForm({ name: 'a', roles: ['ADMIN'], days: '2.5' }, grantable)).toEqual({ problems: { days: 'daysInvalid' } });
    expect(checkTokenForm({ name: 'a', roles: ['ADMIN'], days: '365' }, grantable)).toEqual({ input: { name: 'a', roles: ['ADMIN'], days: 365 } });
  });

  it('writes a curl call with the secret as a Bearer token', () => {
    const text = curlExample('https://spaser.example', 'spa_abc');
    expect(text).toContain(`-H 'Authorization: Bearer spa_abc'`);
    expect(text).toContain(`-H 'content-type: application/json'`);
    expect(text).toContain(`-d '{"query":"{ viewer { email } }"}'`);
    expect(text.endsWith(`'https://spaser.example/graphql'`)).toBe(true);
    expect(curlExample('http://x', "a'b")).toContain(`'Authorization: Bearer a'\\''b'`);
  });
});

import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/roles.js';
import { claimValues, mapRoles, openState, parseRoleMap, sealState } from './oidc.rule.js';

describe('OIDC_ROLE_MAP', () => {
  it('reads group=ROLE pairs; a group may give several roles', () => {
    const map = parseRoleMap(' spaser-finance=FINANCE, spaser-admin=admin ,spaser-admin=AUDITOR,');
    expect([...map]).toEqual([
      ['spaser-finance', [Role.FINANCE]],
      ['spaser-admin', [Role.ADMIN, Role.AUDITOR]],
    ]);
    expect(parseRoleMap('').size).toBe(0);
  });

  it.each([['spaser-finance'], ['=FINANCE'], ['g=SUPPLIER_OWNER'], ['g=NOPE']])('refuses %j', (text) => {
    expect(() => parseRoleMap(text)).toThrow(/OIDC_ROLE_MAP/);
  });
});

describe('roles from the claim', () => {
  const map = parseRoleMap('spaser-finance=FINANCE,spaser-admin=ADMIN,spaser-both=FINANCE,spaser-both=AUDITOR');
  it.each([
    [['spaser-finance'], [Role.FINANCE]],
    [['spaser-admin', 'spaser-finance', 'other'], [Role.ADMIN, Role.FINANCE]],
    [['spaser-both', 'spaser-finance'], [Role.AUDITOR, Role.FINANCE]],
    ['spaser-admin spaser-finance', [Role.ADMIN, Role.FINANCE]],
    ['spaser-admin,other', [Role.ADMIN]],
    [['other'], []],
    [[], []],
    [undefined, []],
    [42, []],
  ])('%j → %j', (claim, roles) => {
    expect(mapRoles(claim, map)).toEqual(roles);
  });

  it('keeps only strings from an array claim', () => {
    expect(claimValues(['a', 1, null, 'b'])).toEqual(['a', 'b']);
  });
});

describe('the flow cookie (state, nonce, PKCE verifier)', () => {
  const key = Buffer.alloc(32, 7);
  const value = { state: 's', nonce: 'n', verifier: 'v', expiresAt: 1_000 };
  it('opens what it sealed before it expires, not after', () => {
    expect(openState(key, sealState(key, value), 999)).toEqual(value);
    expect(openState(key, sealState(key, value), 1_000)).toBeNull();
  });

  it('refuses a forged, re-signed or missing cookie', () => {
    const sealed = sealState(key, value);
    const [body, mac] = sealed.split('.');
    const changed = Buffer.from(JSON.stringify({ ...value, state: 'x' })).toString('base64url');
    expect(openState(key, `${changed}.${mac}`, 0)).toBeNull();
    expect(openState(Buffer.alloc(32, 8), sealed, 0)).toBeNull();
    expect(openState(key, body, 0)).toBeNull();
    expect(openState(key, undefined, 0)).toBeNull();
    expect(openState(key, 'garbage.garbage', 0)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/roles.js';
import { effectiveRoles, looksLikeToken, requestedRoles, tokenDaysProblem } from './api-token-rules.js';

describe('API token rules', () => {
  it('gives a token the roles asked for, never beyond the agent\'s', () => {
    expect(requestedRoles(null, [Role.FINANCE, Role.AUDITOR])).toEqual({ roles: [Role.FINANCE, Role.AUDITOR] });
    expect(requestedRoles([Role.AUDITOR], [Role.FINANCE, Role.AUDITOR])).toEqual({ roles: [Role.AUDITOR] });
    expect(requestedRoles([Role.ADMIN], [Role.FINANCE])).toEqual({ problem: expect.stringContaining('ADMIN') });
    expect(requestedRoles(null, [Role.SUPPLIER_OWNER])).toEqual({ problem: expect.any(String) });
    expect(requestedRoles([Role.SUPPLIER_OWNER], [Role.SUPPLIER_OWNER])).toEqual({ problem: expect.any(String) });
  });

  it('loses the roles the agent no longer holds', () => {
    expect(effectiveRoles([Role.FINANCE, Role.ADMIN], [Role.FINANCE])).toEqual([Role.FINANCE]);
    expect(effectiveRoles([Role.ADMIN], [])).toEqual([]);
  });

  it('bounds the validity and recognises our tokens', () => {
    expect(tokenDaysProblem(90)).toBeNull();
    expect(tokenDaysProblem(0)).not.toBeNull();
    expect(tokenDaysProblem(366)).not.toBeNull();
    expect(tokenDaysProblem(1.5)).not.toBeNull();
    expect(looksLikeToken(`spaser_${'a'.repeat(43)}`)).toBe(true);
    expect(looksLikeToken('a'.repeat(50))).toBe(false);
  });
});

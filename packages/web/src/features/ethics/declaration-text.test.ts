import { describe, expect, it } from 'vitest';
import { beneficiaryText, excerpt } from './declaration-text';

describe('beneficiaryText', () => {
  it('names an agent of the directory with their direction', () => {
    expect(beneficiaryText({ beneficiaryAgent: { displayName: 'Bruno Acheteur', direction: 'Direction des achats' } })).toBe('Bruno Acheteur (Direction des achats)');
    expect(beneficiaryText({ beneficiaryAgent: { displayName: 'Bruno Acheteur', direction: null } })).toBe('Bruno Acheteur');
  });
  it('names a typed person with their department, or the department alone', () => {
    expect(beneficiaryText({ beneficiaryName: ' Jean Dupont ', beneficiaryDepartment: 'Lycées' })).toBe('Jean Dupont (Lycées)');
    expect(beneficiaryText({ beneficiaryName: null, beneficiaryDepartment: 'Lycées' })).toBe('Lycées');
    expect(beneficiaryText({ beneficiaryName: '  ', beneficiaryDepartment: ' ' })).toBeNull();
  });
});

describe('excerpt', () => {
  it('keeps a short text whole, with its spaces tidied', () => {
    expect(excerpt('  Deux   entreprises\nse répartissent ')).toBe('Deux entreprises se répartissent');
  });
  it('cuts a long text between words', () => {
    expect(excerpt('Deux entreprises du secteur semblent se répartir les lots de la consultation AO-2026-014.', 40)).toBe('Deux entreprises du secteur semblent se…');
  });
  it('cuts a text without spaces at the limit', () => {
    expect(excerpt('x'.repeat(50), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});

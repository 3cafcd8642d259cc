import { describe, expect, it } from 'vitest';
import { supplierOwner } from '../test/render';
import { areaOf, landingAfterSignIn, mayEnter } from './access';

const agent = { ...supplierOwner, kind: 'AGENT' as const, roles: ['BUYER' as const], supplier: null };
const admin = { ...agent, roles: ['ADMIN' as const] };
const finance = { ...agent, roles: ['FINANCE' as const] };
const auditor = { ...agent, roles: ['AUDITOR' as const] };
const surveyManager = { ...agent, roles: ['SURVEY_MANAGER' as const] };

describe('access', () => {
  it('maps paths to the part of the app they belong to', () => {
    expect(areaOf('/back-office/boite-d-envoi')).toBe('admin');
    expect(areaOf('/back-office/fournisseurs')).toBe('agent');
    expect(areaOf('/entreprise')).toBe('supplier');
    expect(areaOf('/entreprises')).toBe('signedIn');
    expect(areaOf('/factures')).toBe('supplier');
    expect(areaOf('/factures/abc/reclamation')).toBe('supplier');
    expect(areaOf('/back-office/factures')).toBe('invoiceReader');
    expect(areaOf('/back-office/factures/abc')).toBe('invoiceReader');
    expect(areaOf('/back-office/factures/import')).toBe('finance');
    expect(areaOf('/back-office/taux')).toBe('agent');
    expect(areaOf('/enquetes')).toBe('supplier');
    expect(areaOf('/enquetes/abc')).toBe('supplier');
    expect(areaOf('/back-office/enquetes')).toBe('surveyReader');
    expect(areaOf('/back-office/enquetes/abc/resultats')).toBe('surveyReader');
    expect(areaOf('/back-office/enquetes/nouvelle')).toBe('surveyManager');
    expect(areaOf('/back-office/marches')).toBe('agent');
    expect(areaOf('/back-office/marches/import')).toBe('contractImport');
  });

  it('lets each kind of user into its own parts only', () => {
    expect(mayEnter(supplierOwner, 'supplier')).toBe(true);
    expect(mayEnter(supplierOwner, 'agent')).toBe(false);
    expect(mayEnter(agent, 'agent')).toBe(true);
    expect(mayEnter(agent, 'admin')).toBe(false);
    expect(mayEnter(admin, 'admin')).toBe(true);
    expect(mayEnter(agent, 'invoiceReader')).toBe(false);
    expect(mayEnter(auditor, 'invoiceReader')).toBe(true);
    expect(mayEnter(auditor, 'finance')).toBe(false);
    expect(mayEnter(finance, 'finance')).toBe(true);
    expect(mayEnter(supplierOwner, 'invoiceReader')).toBe(false);
    expect(mayEnter(surveyManager, 'surveyManager')).toBe(true);
    expect(mayEnter(surveyManager, 'surveyReader')).toBe(true);
    expect(mayEnter(auditor, 'surveyReader')).toBe(true);
    expect(mayEnter(auditor, 'surveyManager')).toBe(false);
    expect(mayEnter(agent, 'surveyReader')).toBe(false);
    expect(mayEnter(supplierOwner, 'surveyReader')).toBe(false);
    expect(mayEnter(agent, 'contractImport')).toBe(true);
    expect(mayEnter(admin, 'contractImport')).toBe(true);
    expect(mayEnter(finance, 'contractImport')).toBe(false);
    expect(mayEnter(auditor, 'contractImport')).toBe(false);
    expect(mayEnter(supplierOwner, 'contractImport')).toBe(false);
  });

  it('brings users back where they were going, when they may go there', () => {
    expect(landingAfterSignIn(supplierOwner, undefined)).toBe('/');
    expect(landingAfterSignIn(agent, undefined)).toBe('/back-office');
    expect(landingAfterSignIn(agent, '/')).toBe('/back-office');
    expect(landingAfterSignIn(supplierOwner, '/entreprise')).toBe('/entreprise');
    expect(landingAfterSignIn(agent, '/entreprise')).toBe('/back-office');
    expect(landingAfterSignIn(agent, '/back-office/boite-d-envoi')).toBe('/back-office');
    expect(landingAfterSignIn(admin, '/back-office/boite-d-envoi')).toBe('/back-office/boite-d-envoi');
    expect(landingAfterSignIn(supplierOwner, '/factures?retard=oui')).toBe('/factures?retard=oui');
    expect(landingAfterSignIn(auditor, '/back-office/factures/import')).toBe('/back-office');
    expect(landingAfterSignIn(finance, '/factures?retard=oui')).toBe('/back-office');
  });
});

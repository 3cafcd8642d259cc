import { describe, expect, it } from 'vitest';
import { parseDecp } from '../contract/decp-parse.js';
import { DEMO_SUPPLIERS } from './demo-data.js';
import { planDemoContracts } from './demo-contracts.js';
import { planSuppliers } from './demo-dataset.js';
import { departmentFromPostalCode } from '../supplier/department.js';

const named = DEMO_SUPPLIERS.map((s) => ({ siret: s.siret, department: departmentFromPostalCode(s.postalCode)!, sizeCategory: s.sizeCategory }));
const active2021 = [...DEMO_SUPPLIERS, ...planSuppliers(named).filter((p) => p.activeIn2021)];
const TODAY = '2026-11-25';

describe('demo contracts (a DECP file the real import reads)', () => {
  const plan = planDemoContracts(active2021, TODAY);
  const records = parseDecp(plan.decp).items.map((i) => {
    if (i.kind !== 'contract') throw new Error(JSON.stringify(i));
    return i.record;
  });

  it('are all valid, deterministic, spread over 2018 to today', () => {
    expect(records).toHaveLength(180);
    expect(planDemoContracts(active2021, TODAY)).toEqual(plan);
    const years = new Set(records.map((r) => r.startOn!.slice(0, 4)));
    expect([...years].sort()).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    expect(records.every((r) => r.startOn! <= TODAY && r.endOn! > r.startOn!)).toBe(true);
  });

  it('are held only by suppliers active in 2021, two of them by Menuiserie Berrichonne', () => {
    const allowed = new Set(active2021.map((s) => s.siret));
    const holders = records.flatMap((r) => r.holders.map((h) => (h.kind === 'SIRET' ? h.siret : '')));
    expect(holders.every((s) => allowed.has(s))).toBe(true);
    expect(records.filter((r) => r.holders.some((h) => h.kind === 'SIRET' && h.siret === '38012986600014'))).toHaveLength(2);
  });

  it('have clause shares that look real: about 30 % social, 60 % environmental, some unknown (format 1.5), some modified', () => {
    const share = (flag: 'socialClause' | 'environmentalClause') => {
      const known = records.filter((r) => r[flag] !== 'UNKNOWN');
      return known.filter((r) => r[flag] === 'YES').length / known.length;
    };
    expect(share('socialClause')).toBeGreaterThan(0.25);
    expect(share('socialClause')).toBeLessThan(0.35);
    expect(share('environmentalClause')).toBeGreaterThan(0.55);
    expect(share('environmentalClause')).toBeLessThan(0.65);
    const unknown = records.filter((r) => r.socialClause === 'UNKNOWN').length;
    expect(unknown).toBeGreaterThan(5);
    expect(unknown).toBeLessThan(30);
    expect(records.some((r) => r.modifiedOn && r.amountCents! > r.initialAmountCents!)).toBe(true);
    expect(plan.lowCarbon.yes.length).toBeGreaterThan(5);
    expect(plan.lowCarbon.no.length).toBeGreaterThan(5);
  });
});

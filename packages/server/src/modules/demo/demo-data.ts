import type { EntityManager } from '@mikro-orm/core';
import { Readable } from 'node:stream';
import { type LocalDate, parisDay } from '../../shared/calendar.js';
import { Role } from '../../shared/roles.js';
import { internalScope } from '../../shared/tenant.js';
import { User } from '../identity/user.entity.js';
import { createAgent, createSupplierUser } from '../identity/user.service.js';
import { DEV_MFA_KEY } from '../../app/config.js';
import { requiresSecondFactor } from '../identity/mfa.rule.js';
import { enrolWithSecret } from '../identity/mfa.service.js';
import { SizeCategory } from '../supplier/size-category.js';
import { importInvoices } from '../invoice/invoice-import.js';
import { INVOICE_HEADER } from '../invoice/invoice-row.js';
import { departmentFromPostalCode } from '../supplier/department.js';
import { createSupplier } from '../supplier/supplier.service.js';
import { ClauseFlag, Contract } from '../contract/contract.entity.js';
import { importContracts } from '../contract/contract-import.js';
import { recordLowCarbonTransport } from '../contract/contract.service.js';
import { planDemoContracts } from './demo-contracts.js';
import { planInvoiceLines, planSuppliers } from './demo-dataset.js';
import { seedDemoEthics } from './demo-ethics.js';
import { seedDemoSurveys } from './demo-surveys.js';

/** Every demo account shares this password (printed at start and listed in the README). */
export const DEMO_PASSWORD = 'Demo-SPASER-2026';

/**
 * Development only: the demo agents who need a second factor (ADMIN, FINANCE, ETHICS_OFFICER,
 * AUDITOR) are seeded already enrolled with this published TOTP secret (README; e2e helpers compute
 * the codes with it). Never a real agent's secret.
 */
export const DEMO_TOTP_SECRET = 'SPASERDEMOAGENTSECRETCVLTOTPKEYS';
/** A demo finance agent left NOT enrolled: the first password sign-in shows the enrolment. */
export const DEMO_AGENT_TO_ENROL = 'nouvelle.finances@centrevaldeloire.example';

export const DEMO_AGENTS: { email: string; displayName: string; roles: Role[]; direction: string }[] = [
  { email: 'admin@centrevaldeloire.example', displayName: 'Camille Admin', roles: [Role.ADMIN], direction: 'Direction du numérique' },
  { email: 'acheteur@centrevaldeloire.example', displayName: 'Bruno Acheteur', roles: [Role.BUYER], direction: 'Direction des achats' },
  { email: 'finances@centrevaldeloire.example', displayName: 'Fatima Finances', roles: [Role.FINANCE], direction: 'Direction des finances' },
  { email: 'deontologue@centrevaldeloire.example', displayName: 'Denis Déontologue', roles: [Role.ETHICS_OFFICER], direction: 'Secrétariat général' },
  { email: 'enquetes@centrevaldeloire.example', displayName: 'Sophie Enquêtes', roles: [Role.SURVEY_MANAGER], direction: 'Direction des achats' },
  { email: 'audit@centrevaldeloire.example', displayName: 'Aurélien Audit', roles: [Role.AUDITOR], direction: 'Inspection générale' },
  { email: 'mediateur@centrevaldeloire.example', displayName: 'Marion Médiatrice', roles: [Role.MEDIATOR], direction: 'Mission médiation des entreprises' },
  { email: DEMO_AGENT_TO_ENROL, displayName: 'Nina Nouvelle', roles: [Role.FINANCE], direction: 'Direction des finances' },
];

export const DEMO_SUPPLIERS = [
  {
    siret: '38012986600014',
    legalName: 'Menuiserie Berrichonne SARL',
    addressLine: '12 rue des Ébénistes',
    postalCode: '18000',
    city: 'Bourges',
    sizeCategory: SizeCategory.MICRO,
    sizeYear: 2025,
    nafCode: '16.23Z',
    contactEmail: 'contact@menuiserie-berrichonne.example',
    users: [
      { email: 'gerante@menuiserie-berrichonne.example', displayName: 'Claire Berthon', owner: true },
      { email: 'compta@menuiserie-berrichonne.example', displayName: 'Hugo Martin', owner: false },
    ],
  },
  {
    siret: '52148372700017',
    legalName: 'Transports Ligériens SAS',
    addressLine: '4 quai du Roi',
    postalCode: '45000',
    city: 'Orléans',
    sizeCategory: SizeCategory.SMALL_MEDIUM,
    sizeYear: 2025,
    nafCode: '49.41A',
    contactEmail: 'contact@transports-ligeriens.example',
    users: [{ email: 'direction@transports-ligeriens.example', displayName: 'Marc Loiret', owner: true }],
  },
  {
    siret: '73282932000074',
    legalName: 'Informatique Nationale SA',
    addressLine: '1 avenue de France',
    postalCode: '75013',
    city: 'Paris',
    sizeCategory: SizeCategory.LARGE,
    sizeYear: 2024,
    nafCode: '62.02A',
    contactEmail: 'marches-publics@informatique-nationale.example',
    users: [{ email: 'marches@informatique-nationale.example', displayName: 'Inès Durand', owner: true }],
  },
];

export const demoAccounts = () => [
  ...DEMO_AGENTS.map((a) => ({ email: a.email, role: a.roles.join(', ') })),
  ...DEMO_SUPPLIERS.flatMap((s) => s.users.map((u) => ({ email: u.email, role: `${u.owner ? 'SUPPLIER_OWNER' : 'SUPPLIER_MEMBER'} — ${s.legalName}` }))),
];

/** Whether the database has neither supplier nor agent (then `pnpm start` seeds it). */
export async function isEmptyDatabase(em: EntityManager): Promise<boolean> {
  return (await em.count(User, {}, { filters: { tenant: false } })) === 0;
}

/** Idempotent: does nothing when the demo administrator already exists. Never in production. */
export async function seedDemo(
  em: EntityManager,
  env: string,
  today: LocalDate = parisDay(new Date()),
  publicUrl = 'http://localhost:4000',
): Promise<{ seeded: boolean; accounts: number; suppliers?: number; invoices?: number; contracts?: number }> {
  if (env === 'production') throw new Error('Demo data is never created in production (NODE_ENV=production).');
  internalScope(em);
  if (await em.count(User, { email: DEMO_AGENTS[0]!.email })) return { seeded: false, accounts: 0 };
  const named = DEMO_SUPPLIERS.map((s) => ({ siret: s.siret, department: departmentFromPostalCode(s.postalCode)!, sizeCategory: s.sizeCategory }));
  const planned = planSuppliers(named);
  await em.transactional(async (tx) => {
    internalScope(tx);
    for (const agent of DEMO_AGENTS) {
      const user = await createAgent(tx, { ...agent, password: DEMO_PASSWORD });
      if (requiresSecondFactor(user.kind, user.roles) && user.email !== DEMO_AGENT_TO_ENROL) await enrolWithSecret(tx, user, DEMO_TOTP_SECRET, process.env.MFA_KEY || DEV_MFA_KEY);
    }
    for (const { users, ...data } of DEMO_SUPPLIERS) {
      const supplier = await createSupplier(tx, data);
      for (const u of users) await createSupplierUser(tx, { supplier, ...u, password: DEMO_PASSWORD });
    }
    for (const { activeIn2021: _active, ...data } of planned) await createSupplier(tx, data);
  });
  // Invoices go through the real import, which commits chunk by chunk on its own.
  const lines = planInvoiceLines(planned, named, today);
  const report = await importInvoices(em, Readable.from([Buffer.from([INVOICE_HEADER, ...lines].join('\n'))]), {
    dryRun: false,
    fileName: 'demo.csv',
    actor: 'demo',
    today,
    notify: false,
    chunkSize: 1000,
  });
  if (report.rejected.length) throw new Error(`demo invoices rejected: ${JSON.stringify(report.rejected.slice(0, 5))}`);
  const contracts = await seedDemoContracts(em, [...DEMO_SUPPLIERS, ...planned.filter((p) => p.activeIn2021)], today);
  await seedDemoSurveys(internalScope(em.fork()), publicUrl, today);
  await seedDemoEthics(em, publicUrl, today);
  return { seeded: true, accounts: demoAccounts().length, suppliers: planned.length + DEMO_SUPPLIERS.length, invoices: report.created, contracts };
}

/**
 * Contracts go through the real DECP import too, held only by suppliers already active in 2021 (its
 * supplier mix stays the seed's); then buyers record low-carbon transport on some of them.
 */
async function seedDemoContracts(em: EntityManager, holders: { siret: string; nafCode: string }[], today: LocalDate): Promise<number> {
  const plan = planDemoContracts(holders, today);
  const report = await importContracts(em, Buffer.from(JSON.stringify(plan.decp)), { dryRun: false, fileName: 'demo-decp.json', actor: 'demo', buyerIds: null });
  if (report.rejected.length || report.suppliersCreated) throw new Error(`demo contracts: ${JSON.stringify(report).slice(0, 300)}`);
  const scoped = internalScope(em.fork());
  const idsOf = async (references: string[]) => (await scoped.find(Contract, { reference: { $in: references } }, { fields: ['id'] })).map((c) => c.id);
  await recordLowCarbonTransport(scoped, 'demo', await idsOf(plan.lowCarbon.yes), ClauseFlag.YES);
  await recordLowCarbonTransport(scoped, 'demo', await idsOf(plan.lowCarbon.no), ClauseFlag.NO);
  return report.created;
}

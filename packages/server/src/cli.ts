// `pnpm cli <command> [options] [--json]` (SPEC §7). Exit status: 0 success, 1 rejected rows or a
// failed check, 2 bad usage or an invalid argument. With --json, exactly one JSON object on stdout.
import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, userCwd } from './app/config.js';
import { runJobs } from './app/jobs.js';
import { migrate, openOrm } from './app/orm.config.js';
import { verifyAudit } from './modules/audit/audit.service.js';
import { purgePersonalData } from './modules/privacy/purge.service.js';
import { DECP_TOO_LARGE, importContracts, MAX_DECP_BYTES } from './modules/contract/contract-import.js';
import { reportJson } from './modules/report/report-format.js';
import { spaserReport } from './modules/report/report.service.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemo } from './modules/demo/demo-data.js';
import { totpAt } from './modules/identity/mfa.rule.js';
import { createAgent, createSupplierUser } from './modules/identity/user.service.js';
import { importInvoices } from './modules/invoice/invoice-import.js';
import { importSuppliers } from './modules/onboarding/supplier-import.js';
import { Mailer } from './modules/notification/mailer.js';
import { parisDay } from './shared/calendar.js';
import { parseSizeCategory } from './modules/supplier/size-category.js';
import { createSupplier, supplierBySiret } from './modules/supplier/supplier.service.js';
import { DomainError } from './shared/errors.js';
import { parseAgentRoles } from './shared/roles.js';
import { internalScope } from './shared/tenant.js';

class UsageError extends Error {}

type Options = Record<string, string | boolean | undefined>;
interface Command {
  usage: string;
  options: Record<string, { type: 'string' | 'boolean' }>;
  run(orm: MikroORM, opts: Options, positionals: string[]): Promise<{ result: Record<string, unknown>; exitCode?: number; text: string }>;
}

const need = (opts: Options, name: string): string => {
  const v = opts[name];
  if (typeof v !== 'string' || !v) throw new UsageError(`--${name} is required`);
  return v;
};

const commands: Record<string, Command> = {
  migrate: {
    usage: 'migrate',
    options: {},
    async run(orm) {
      const applied = await migrate(orm);
      return { result: { applied }, text: applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.' };
    },
  },
  seed: {
    usage: 'seed --demo',
    options: { demo: { type: 'boolean' } },
    async run(orm, opts) {
      if (!opts.demo) throw new UsageError('only --demo is available');
      const config = loadConfig();
      if (config.env === 'production') throw new UsageError('demo data is never created with NODE_ENV=production');
      await migrate(orm);
      const r = await seedDemo(orm.em.fork(), config.env, undefined, config.publicUrl);
      return { result: r, text: r.seeded ? `Demo data created (${r.accounts} accounts, password ${DEMO_PASSWORD}).` : 'Demo data already present.' };
    },
  },
  'create-agent': {
    usage: 'create-agent --email E --password P --roles ROLE[,ROLE…] [--name N] [--direction D]',
    options: { email: { type: 'string' }, password: { type: 'string' }, roles: { type: 'string' }, name: { type: 'string' }, direction: { type: 'string' } },
    async run(orm, opts) {
      const roles = parseAgentRoles(need(opts, 'roles'));
      if (!roles) throw new UsageError('--roles: one or more of BUYER, FINANCE, ETHICS_OFFICER, SURVEY_MANAGER, ADMIN, AUDITOR, MEDIATOR');
      const em = internalScope(orm.em.fork());
      const agent = await createAgent(em, {
        email: need(opts, 'email'),
        password: need(opts, 'password'),
        roles,
        displayName: opts.name as string | undefined,
        direction: (opts.direction as string | undefined) ?? null,
      });
      return { result: { id: agent.id, email: agent.email, roles: agent.roles }, text: `Agent ${agent.email} created (${agent.roles.join(', ')}).` };
    },
  },
  'create-supplier': {
    usage: 'create-supplier --siret S --name N [--department D] [--size MICRO|SMALL_MEDIUM|INTERMEDIATE|LARGE] [--size-year Y] [--postal-code C] [--city C] [--email E]',
    options: {
      siret: { type: 'string' }, name: { type: 'string' }, department: { type: 'string' }, size: { type: 'string' },
      'size-year': { type: 'string' }, 'postal-code': { type: 'string' }, city: { type: 'string' }, email: { type: 'string' },
    },
    async run(orm, opts) {
      const size = opts.size === undefined ? null : parseSizeCategory(String(opts.size));
      if (opts.size !== undefined && !size) throw new UsageError('--size: MICRO, SMALL_MEDIUM, INTERMEDIATE or LARGE (or TPE, PME, ETI, GE)');
      const sizeYear = opts['size-year'] === undefined ? null : Number(opts['size-year']);
      if (sizeYear !== null && !Number.isInteger(sizeYear)) throw new UsageError('--size-year: a year');
      const em = internalScope(orm.em.fork());
      const s = await createSupplier(em, {
        siret: need(opts, 'siret'),
        legalName: need(opts, 'name'),
        department: (opts.department as string | undefined) ?? null,
        sizeCategory: size,
        sizeYear: size ? (sizeYear ?? new Date().getFullYear()) : sizeYear,
        postalCode: (opts['postal-code'] as string | undefined) ?? null,
        city: (opts.city as string | undefined) ?? null,
        contactEmail: (opts.email as string | undefined) ?? null,
      });
      return {
        result: { id: s.id, siret: s.siret, siren: s.siren, name: s.legalName, department: s.department, isRegional: s.isRegional, size: s.sizeCategory },
        text: `Supplier ${s.legalName} (${s.siret}) created${s.isRegional ? ', regional' : ''}.`,
      };
    },
  },
  'create-supplier-user': {
    usage: 'create-supplier-user --siret S --email E --password P [--owner] [--name N]',
    options: { siret: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' }, owner: { type: 'boolean' }, name: { type: 'string' } },
    async run(orm, opts) {
      const em = internalScope(orm.em.fork());
      const supplier = await supplierBySiret(em, need(opts, 'siret'));
      const user = await createSupplierUser(em, {
        supplier,
        email: need(opts, 'email'),
        password: need(opts, 'password'),
        owner: opts.owner === true,
        displayName: opts.name as string | undefined,
      });
      return {
        result: { id: user.id, email: user.email, supplierId: supplier.id, roles: user.roles },
        text: `User ${user.email} created for ${supplier.legalName} (${user.roles.join(', ')}).`,
      };
    },
  },
};

const importInvoicesCommand: Command = {
  usage: 'import-invoices FILE [--dry-run]',
  options: { 'dry-run': { type: 'boolean' } },
  async run(orm, opts, positionals) {
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError('one FILE is expected');
    const path = resolve(userCwd, file);
    if (!existsSync(path)) throw new UsageError(`no such file: ${file}`);
    const dryRun = opts['dry-run'] === true;
    const report = await importInvoices(orm.em.fork(), createReadStream(path), { dryRun, fileName: basename(path), actor: 'cli', today: parisDay(new Date()) });
    if (!dryRun) await new Mailer(orm, { smtpUrl: loadConfig().smtpUrl, from: loadConfig().mailFrom }).deliverPending();
    const lines = report.rejected.map((r) => `  ligne ${r.line} : ${r.reason}`);
    return {
      result: { ...report },
      exitCode: report.rejected.length ? 1 : 0,
      text: [`${dryRun ? '[essai] ' : ''}créées ${report.created}, mises à jour ${report.updated}, inchangées ${report.unchanged}, lignes rejetées ${report.rejected.length}`, ...lines].join('\n'),
    };
  },
};
commands['import-invoices'] = importInvoicesCommand;
commands['import-decp'] = {
  usage: 'import-decp FILE [--dry-run]',
  options: { 'dry-run': { type: 'boolean' } },
  async run(orm, opts, positionals) {
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError('one FILE is expected');
    const path = resolve(userCwd, file);
    if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`no such file: ${file}`);
    if (statSync(path).size > MAX_DECP_BYTES) throw new UsageError(DECP_TOO_LARGE);
    const dryRun = opts['dry-run'] === true;
    const { rejected, created, updated, unchanged, skipped, suppliersCreated } = await importContracts(orm.em.fork(), readFileSync(path), {
      dryRun,
      fileName: basename(path),
      actor: 'cli',
      buyerIds: loadConfig().decpBuyerIds,
    });
    const lines = rejected.map((r) => `  marché ${r.record} : ${r.reason}`);
    return {
      // SPEC §7's shape, exactly.
      result: { created, updated, unchanged, rejected },
      exitCode: rejected.length ? 1 : 0,
      text: [
        `${dryRun ? '[essai] ' : ''}marchés créés ${created}, mis à jour ${updated}, inchangés ${unchanged}, écartés ${skipped}, rejetés ${rejected.length} ; nouveaux fournisseurs à compléter ${suppliersCreated}`,
        ...lines,
      ].join('\n'),
    };
  },
};
commands['import-suppliers'] = {
  usage: 'import-suppliers FILE [--dry-run]',
  options: { 'dry-run': { type: 'boolean' } },
  async run(orm, opts, positionals) {
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError('one FILE is expected');
    const path = resolve(userCwd, file);
    if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`no such file: ${file}`);
    const dryRun = opts['dry-run'] === true;
    const config = loadConfig();
    const { created, updated, unchanged, rejected, invitations } = await importSuppliers(orm.em.fork(), createReadStream(path), { dryRun, fileName: basename(path), actor: 'cli', publicUrl: config.publicUrl });
    if (!dryRun) await new Mailer(orm, { smtpUrl: config.smtpUrl, from: config.mailFrom }).deliverPending();
    const lines = rejected.map((r) => `  ligne ${r.line} : ${r.reason}`);
    return {
      // SPEC §7's shape, exactly (the invitations are in the text).
      result: { created, updated, unchanged, rejected },
      exitCode: rejected.length ? 1 : 0,
      text: [`${dryRun ? '[essai] ' : ''}fournisseurs créés ${created}, mis à jour ${updated}, inchangés ${unchanged}, lignes rejetées ${rejected.length} ; invitations envoyées ${invitations}`, ...lines].join('\n'),
    };
  },
};
commands['verify-audit'] = {
  usage: 'verify-audit',
  options: {},
  async run(orm) {
    const result = await verifyAudit((orm.em as SqlEntityManager).getKnex());
    return {
      result,
      exitCode: result.valid ? 0 : 1,
      text: result.valid ? `Audit log intact: ${result.events} events.` : `Audit log broken at event ${result.firstBroken.seq}: ${result.firstBroken.reason} (${result.events} events verified before it).`,
    };
  },
};
commands.purge = {
  usage: 'purge [--dry-run]',
  options: { 'dry-run': { type: 'boolean' } },
  async run(orm, opts) {
    const dryRun = opts['dry-run'] === true;
    const report = await purgePersonalData(orm, { settings: loadConfig().retention, today: parisDay(new Date()), dryRun, actor: 'cli' });
    return {
      result: { ...report },
      text: [`${dryRun ? '[essai] ' : ''}purge des données personnelles au ${report.today}`, ...Object.entries(report.counts).map(([k, v]) => `  ${k}: ${v}`)].join('\n'),
    };
  },
};
/** Development: the current TOTP code of the demo agents (or of --secret), as an authenticator app shows it. */
commands['totp-code'] = {
  usage: 'totp-code [--secret BASE32]',
  options: { secret: { type: 'string' } },
  async run(_orm, opts) {
    const secret = typeof opts.secret === 'string' && opts.secret ? opts.secret.replace(/\s/g, '').toUpperCase() : DEMO_TOTP_SECRET;
    if (!/^[A-Z2-7]+=*$/.test(secret)) throw new UsageError('--secret must be base32');
    const code = totpAt(secret, Date.now());
    return { result: { code }, text: code };
  },
};

commands.jobs = {
  usage: 'jobs',
  options: {},
  async run(orm) {
    const config = loadConfig();
    const done = await runJobs(orm, config.publicUrl);
    const mailed = await new Mailer(orm, { smtpUrl: config.smtpUrl, from: config.mailFrom }).deliverPending();
    return { result: { ...done, mailsDelivered: mailed }, text: Object.entries({ ...done, mailsDelivered: mailed }).map(([k, v]) => `${k}: ${v}`).join('\n') };
  },
};

commands.report = {
  usage: 'report --year YYYY',
  options: { year: { type: 'string' } },
  async run(orm, opts) {
    const year = Number(need(opts, 'year'));
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError('--year must be a year between 2000 and 2100');
    const report = reportJson(await spaserReport(internalScope(orm.em.fork()), year));
    const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1).replace('.', ',')} %`);
    const { suppliers: s, payments: p, survey: q, contracts: c, declarations: d } = report;
    return {
      result: report,
      text: [
        `SPASER ${year}`,
        `  fournisseurs actifs ${s.total} ; TPE/PME ${pct(s.smallMediumShare)} ; dont régionales ${pct(s.regionalShareOfSmallMedium)} ; régionaux actifs ${s.regionalActive}`,
        `  factures payées ${p.invoicesPaid} ; délai moyen ${p.averageDelayDays ?? '—'} j ; médian ${p.medianDelayDays ?? '—'} j ; en retard ${pct(p.lateShare)} ; intérêts dus ${p.lateInterestOwed ?? '—'} € ; indemnités dues ${p.indemnitiesOwed ?? '—'} €`,
        `  enquête : ${q.responses ?? '—'} réponses ; satisfaits ${pct(q.satisfactionRate)} ; NPS ${q.nps ?? '—'} ; taux de réponse ${pct(q.responseRate)}`,
        `  déclarations ${d.total} dont signalées ${d.flagged}`,
        `  marchés en cours ${c.total} ; clause sociale ${pct(c.socialShare)} ; critère environnemental ${pct(c.environmentalShare)}`,
      ].join('\n'),
    };
  },
};

function usage(): string {
  return ['usage: pnpm cli <command> [options] [--json]', '', ...Object.values(commands).map((c) => `  ${c.usage}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const json = rest.includes('--json');
  const print = (obj: Record<string, unknown>, text: string, toStderr = false) => {
    if (json) process.stdout.write(JSON.stringify(obj) + '\n');
    else (toStderr ? process.stderr : process.stdout).write(text + '\n');
  };
  const command = name ? commands[name] : undefined;
  if (!command) {
    print({ error: name ? `unknown command: ${name}` : 'no command given', usage: usage() }, usage(), true);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    print({ error: message, usage: command.usage }, `${message}\nusage: pnpm cli ${command.usage}`, true);
    return 2;
  }
  const orm = await openOrm(loadConfig().database);
  try {
    const { result, exitCode, text } = await command.run(orm, parsed.values, parsed.positionals);
    print(result, text);
    return exitCode ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      print({ error: error.message, usage: command.usage }, `${error.message}\nusage: pnpm cli ${command.usage}`, true);
      return 2;
    }
    if (error instanceof DomainError) {
      print({ error: error.message, code: error.code }, error.message, true);
      return error.code === 'BAD_USER_INPUT' ? 2 : 1;
    }
    throw error;
  } finally {
    await orm.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

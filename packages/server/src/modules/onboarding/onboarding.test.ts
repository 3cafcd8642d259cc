import type { SqlEntityManager } from '@mikro-orm/knex';
import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../shared/roles.js';
import { internalScope } from '../../shared/tenant.js';
import { type TestApp, startTestApp } from '../../test/app.js';
import { buildAgent, buildSupplier, buildSupplierUser, PASSWORD, uniqueSiret } from '../../test/factories.js';
import { verifyAudit } from '../audit/audit.service.js';
import { User } from '../identity/user.entity.js';
import { IdentifierType, Supplier } from '../supplier/supplier.entity.js';
import { importSuppliers, type SupplierImportOptions } from './supplier-import.js';

const HEADER = 'identifiant;type_identifiant;raison_sociale;adresse;code_postal;ville;departement;categorie;annee_categorie;email_contact';
const csv = (...lines: string[]) => Buffer.from(['\ufeff' + HEADER, ...lines].join('\r\n'));
const IMPORT = 'mutation($u: ID!, $d: Boolean) { importSuppliers(uploadId: $u, dryRun: $d) { dryRun created updated unchanged invitations rejected { line reason } } }';
const code = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions?.code;

describe('supplier file import and access requests (SPEC §5d, issue 7)', () => {
  let t: TestApp;
  let admin: string;
  const em = () => internalScope(t.db.orm.em.fork());
  const knex = () => (t.db.orm.em as SqlEntityManager).getKnex();
  const count = async (table: string, where: Record<string, unknown> = {}) => Number(((await knex()(table).where(where).count('* as n')) as { n: number | string }[])[0]!.n);
  const run = (content: Buffer, options: Partial<SupplierImportOptions> = {}) =>
    importSuppliers(t.db.orm.em, Readable.from([content]), { dryRun: false, fileName: 'fournisseurs.csv', actor: 'test', publicUrl: 'https://fournisseurs.region.example', ...options });

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://fournisseurs.region.example', TRUST_PROXY: 'true' });
    admin = await t.signIn((await buildAgent(t.db.orm.em, [Role.ADMIN])).email);
  });
  afterAll(() => t.stop());

  async function upload(cookie: string, body: Buffer, name = 'fournisseurs.csv'): Promise<string> {
    const res = await fetch(`${t.url}/uploads`, { method: 'POST', headers: { cookie, 'x-upload-name': name, 'content-type': 'text/csv' }, body });
    expect(res.status).toBe(201);
    return ((await res.json()) as { uploadId: string }).uploadId;
  }

  describe('import', () => {
    it('imports the example file: SIRET with spaces, Corsica, overseas, VAT, outside the EU; invites new suppliers once; a re-run is unchanged', async () => {
      const example = readFileSync(new URL('./testdata/fournisseurs-exemple.csv', import.meta.url));
      const auditBefore = await count('audit_event', { action: 'supplier.import' });
      expect(await run(example, { dryRun: true })).toEqual({ created: 6, updated: 0, unchanged: 0, rejected: [], invitations: 3 });
      expect(await em().count(Supplier, { legalName: 'Boulangerie du Berry SARL' })).toBe(0);
      expect(await count('outbox_message', { recipient: 'contact@boulangerie-berry.example' })).toBe(0);
      expect(await count('audit_event', { action: 'supplier.import' })).toBe(auditBefore);

      expect(await run(example)).toEqual({ created: 6, updated: 0, unchanged: 0, rejected: [], invitations: 3 });
      const berry = await em().findOneOrFail(Supplier, { siret: '73282932000017' });
      expect(berry).toMatchObject({ siren: '732829320', department: '18', isRegional: true, sizeCategory: 'MICRO', sizeYear: 2024, city: 'Bourges', contactEmail: 'contact@boulangerie-berry.example' });
      expect(await em().findOneOrFail(Supplier, { siret: '41234567000019' })).toMatchObject({ department: '2A', isRegional: false });
      expect(await em().findOneOrFail(Supplier, { siret: '32165498000010' })).toMatchObject({ department: '971', sizeCategory: 'INTERMEDIATE' });
      expect(await em().findOneOrFail(Supplier, { vatNumber: 'DE123456789' })).toMatchObject({ identifierType: IdentifierType.VAT, department: null, siret: null });
      expect(await em().findOneOrFail(Supplier, { legalName: 'Swiss Precision AG' })).toMatchObject({ identifierType: IdentifierType.NONE, sizeCategory: 'LARGE' });
      // The owner account is invited (no password yet), its mail in the outbox at bulk priority, with a link to the invitation page.
      const owner = await em().findOneOrFail(User, { email: 'contact@boulangerie-berry.example' }, { populate: ['passwordHash'] });
      expect(owner).toMatchObject({ roles: [Role.SUPPLIER_OWNER], passwordHash: null });
      expect(owner.supplier!.id).toBe(berry.id);
      const mails = (await knex()('outbox_message').where('recipient', 'contact@boulangerie-berry.example')) as { priority: number; text: string }[];
      expect(mails).toHaveLength(1);
      expect(mails[0]!.priority).toBe(1);
      expect(mails[0]!.text).toMatch(/https:\/\/fournisseurs\.region\.example\/invitation\/[\w-]{43}/);

      expect(await run(example)).toEqual({ created: 0, updated: 0, unchanged: 6, rejected: [], invitations: 0 });
      expect(await count('outbox_message', { recipient: 'contact@boulangerie-berry.example' })).toBe(1);
      expect(await count('audit_event', { action: 'supplier.import' })).toBe(auditBefore + 2);
      expect(await verifyAudit(knex())).toMatchObject({ valid: true });
    });

    it('reports every bad line with its physical line number and a French reason; the good lines import', async () => {
      const file = Buffer.from(
        [
          'identifiant,raison_sociale,code_postal,departement,categorie,annee_categorie,email_contact',
          '55208131700026,"Atelier ""Le Chêne""",37000,,TPE,2024,',
          '55208131700027,Mauvaise Clé,37000,,,,',
          '',
          '65498732000011,"Nom sur',
          'deux lignes",45000,,XXL,2024,',
          '65498732000029,Sans Année,45000,,PME,,',
          '65498732000029,Courriel Faux,45000,,,,contact@',
          '65498732000029,Département Faux,45000,99,,,',
          '65498732000029,,45000,,,,',
          '55208131700026,Doublon,37000,,,,',
        ].join('\n'),
      );
      const report = await run(file);
      expect(report).toEqual({
        created: 1,
        updated: 0,
        unchanged: 0,
        invitations: 0,
        rejected: [
          { line: 3, reason: 'SIRET « 55208131700027 » : clé de contrôle (Luhn) invalide' },
          { line: 5, reason: "catégorie d'entreprise inconnue « XXL » (TPE, PME, ETI ou GE attendu)" },
          { line: 7, reason: 'année de la catégorie PME manquante (annee_categorie)' },
          { line: 8, reason: 'adresse e-mail de contact invalide « contact@ »' },
          { line: 9, reason: 'département inconnu : 99' },
          { line: 10, reason: 'raison sociale manquante' },
          { line: 11, reason: 'fournisseur déjà présent ligne 2 du fichier (SIRET 55208131700026)' },
        ],
      });
      expect(await em().findOneOrFail(Supplier, { siret: '55208131700026' })).toMatchObject({ legalName: 'Atelier "Le Chêne"', department: '37', isRegional: true });
    });

    it('updates a known supplier from a later file, keeping what a blank cell does not say; a missing column rejects the file', async () => {
      const known = await buildSupplier(t.db.orm.em, { legalName: 'Ancien Nom', postalCode: '18000', city: 'Bourges', contactEmail: 'garde@exemple.fr' });
      const report = await run(csv(`${known.siret};;Nouveau Nom;;;;;GE;2025;`));
      expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 0, invitations: 0 });
      expect(await em().findOneOrFail(Supplier, { id: known.id })).toMatchObject({ legalName: 'Nouveau Nom', city: 'Bourges', department: '18', sizeCategory: 'LARGE', sizeYear: 2025, contactEmail: 'garde@exemple.fr' });
      expect(await run(Buffer.from('siret;nom\n1;2'))).toEqual({ created: 0, updated: 0, unchanged: 0, invitations: 0, rejected: [{ line: 1, reason: 'colonnes manquantes : identifiant, raison_sociale' }] });
    });

    it('a contact address that already has an account is not invited again; chunks keep counts and invitations right', async () => {
      const taken = await buildAgent(t.db.orm.em, [Role.BUYER]);
      const lines = Array.from({ length: 5 }, (_, i) => `${uniqueSiret()};;Lot ${i};;45000;;;;;${i === 0 ? taken.email : `lot${i}@exemple.fr`}`);
      expect(await run(csv(...lines), { chunkSize: 2 })).toEqual({ created: 5, updated: 0, unchanged: 0, rejected: [], invitations: 4 });
      expect(await run(csv(...lines), { chunkSize: 2 })).toEqual({ created: 0, updated: 0, unchanged: 5, rejected: [], invitations: 0 });
      expect(await count('outbox_message', { recipient: taken.email })).toBe(0);
    });

    it('importSuppliers (GraphQL): administrators through an upload, dry run first; other roles are refused', async () => {
      const body = csv('38012986600014;SIRET;Transports du Loiret;;45000;Orléans;;PME;2024;exploitation@transports-loiret.example');
      const dry = await t.gql(IMPORT, { u: await upload(admin, body) }, { cookie: admin });
      expect(dry.data!.importSuppliers).toEqual({ dryRun: true, created: 1, updated: 0, unchanged: 0, invitations: 1, rejected: [] });
      const real = await t.gql(IMPORT, { u: await upload(admin, body), d: false }, { cookie: admin });
      expect(real.data!.importSuppliers).toMatchObject({ dryRun: false, created: 1, invitations: 1 });
      for (const role of [Role.FINANCE, Role.BUYER, Role.AUDITOR]) {
        const cookie = await t.signIn((await buildAgent(t.db.orm.em, [role])).email);
        const res = await t.gql(IMPORT, { u: '00000000-0000-0000-0000-000000000000', d: false }, { cookie });
        expect(code(res)).toBe('FORBIDDEN');
      }
      expect(code(await t.gql(IMPORT, { u: '00000000-0000-0000-0000-000000000000' }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('access requests', () => {
    const REQUEST = 'mutation($i: AccessRequestInputType!) { requestAccess(input: $i) { recorded } }';
    const LIST = '{ accessRequests(first: 100, status: PENDING) { totalCount edges { node { id siret email requesterName status supplierName supplierHasOwner } } } }';
    let ip = 0;
    const from = () => ({ headers: { 'x-forwarded-for': `203.0.113.${++ip}` } });
    const ask = (over: Record<string, unknown> = {}, options: { headers: Record<string, string> } = from()) =>
      t.gql(REQUEST, { i: { name: 'Jeanne Martin', email: 'jeanne.martin@exemple.fr', siret: '55208131700018', roleInCompany: 'Comptable', message: 'Bonjour', ...over } }, options);
    const pending = async () => (await t.gql(LIST, {}, { cookie: admin })).data!.accessRequests.edges.map((e: { node: Record<string, unknown> }) => e.node);

    it('says "recorded" whether or not the SIRET is known, checks its Luhn key, and stores one pending request per (e-mail, SIRET)', async () => {
      const unknownSiret = await ask({ siret: '73282932000033', email: 'x@inconnu.fr' });
      const known = await ask({ siret: '55208131700018', email: 'y@connu.fr' });
      expect(unknownSiret).toMatchObject({ data: { requestAccess: { recorded: true } } });
      expect(known.data).toEqual(unknownSiret.data);
      expect(unknownSiret.errors).toBeUndefined();
      const bad = await ask({ siret: '55208131700019' });
      expect(code(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0]!.message).toContain('Luhn');
      await ask({ siret: '55208131700018', email: 'y@connu.fr' });
      const list = await pending();
      expect(list.filter((r: { email: string }) => r.email === 'y@connu.fr')).toHaveLength(1);
      expect(list.find((r: { email: string }) => r.email === 'x@inconnu.fr')).toMatchObject({ supplierName: null, supplierHasOwner: false });
    });

    it('is rate-limited per client address and per e-mail', async () => {
      const same = from();
      for (let i = 0; i < 5; i++) expect((await ask({ email: `flood${i}@exemple.fr` }, same)).errors).toBeUndefined();
      expect(code(await ask({ email: 'flood9@exemple.fr' }, same))).toBe('RATE_LIMITED');
      for (let i = 0; i < 3; i++) expect((await ask({ email: 'tenace@exemple.fr' })).errors).toBeUndefined();
      expect(code(await ask({ email: 'tenace@exemple.fr' }))).toBe('RATE_LIMITED');
    });

    it('approval of a supplier without owner invites an owner, whose link works; with an owner, a member is invited and the owner told', async () => {
      const lone = await buildSupplier(t.db.orm.em, { legalName: 'Scierie Solitaire' });
      const staffed = await buildSupplier(t.db.orm.em, { legalName: 'Menuiserie Occupée' });
      const staffedOwner = await buildSupplierUser(t.db.orm.em, staffed, { owner: true });
      await ask({ siret: lone.siret, email: 'premier@scierie.fr', name: 'Paul Premier' });
      await ask({ siret: staffed.siret, email: 'second@menuiserie.fr', name: 'Sophie Second' });
      const list = await pending();
      const toLone = list.find((r: { email: string }) => r.email === 'premier@scierie.fr');
      const toStaffed = list.find((r: { email: string }) => r.email === 'second@menuiserie.fr');
      expect(toLone).toMatchObject({ supplierName: 'Scierie Solitaire', supplierHasOwner: false });
      expect(toStaffed).toMatchObject({ supplierName: 'Menuiserie Occupée', supplierHasOwner: true });

      const APPROVE = 'mutation($id: ID!) { approveAccessRequest(id: $id) { status invitedAsOwner decidedAt } }';
      expect((await t.gql(APPROVE, { id: toLone.id }, { cookie: admin })).data!.approveAccessRequest).toMatchObject({ status: 'APPROVED', invitedAsOwner: true });
      expect(code(await t.gql(APPROVE, { id: toLone.id }, { cookie: admin }))).toBe('CONFLICT');
      const mail = (await knex()('outbox_message').where('recipient', 'premier@scierie.fr').first('text')) as { text: string };
      const token = /\/invitation\/([\w-]{43})/.exec(mail.text)![1]!;
      const accepted = await t.gql('mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { email supplier { legalName } } }', { t: token, p: PASSWORD });
      expect(accepted.data!.acceptInvitation).toEqual({ email: 'premier@scierie.fr', supplier: { legalName: 'Scierie Solitaire' } });
      expect((await em().findOneOrFail(User, { email: 'premier@scierie.fr' })).roles).toEqual([Role.SUPPLIER_OWNER]);

      expect((await t.gql(APPROVE, { id: toStaffed.id }, { cookie: admin })).data!.approveAccessRequest).toMatchObject({ status: 'APPROVED', invitedAsOwner: false });
      expect((await em().findOneOrFail(User, { email: 'second@menuiserie.fr' })).roles).toEqual([Role.SUPPLIER_MEMBER]);
      const notice = (await knex()('outbox_message').where('recipient', staffedOwner.email)) as { text: string }[];
      expect(notice).toHaveLength(1);
      expect(notice[0]!.text).toContain('Sophie Second');
      expect(await count('audit_event', { action: 'access-request.approve' })).toBe(2);
    });

    it('approval needs a known supplier; refusal needs a reason, which is e-mailed', async () => {
      const unknown = (await pending()).find((r: { email: string }) => r.email === 'x@inconnu.fr');
      const res = await t.gql('mutation($id: ID!) { approveAccessRequest(id: $id) { status } }', { id: unknown.id }, { cookie: admin });
      expect(code(res)).toBe('BAD_USER_INPUT');
      const REFUSE = 'mutation($id: ID!, $r: String!) { refuseAccessRequest(id: $id, reason: $r) { status refusalReason } }';
      expect(code(await t.gql(REFUSE, { id: unknown.id, r: ' ' }, { cookie: admin }))).toBe('BAD_USER_INPUT');
      const refused = await t.gql(REFUSE, { id: unknown.id, r: 'Aucun fournisseur de la Région ne porte ce SIRET.' }, { cookie: admin });
      expect(refused.data!.refuseAccessRequest).toEqual({ status: 'REFUSED', refusalReason: 'Aucun fournisseur de la Région ne porte ce SIRET.' });
      const mail = (await knex()('outbox_message').where('recipient', 'x@inconnu.fr').first('text')) as { text: string };
      expect(mail.text).toContain('Aucun fournisseur de la Région ne porte ce SIRET.');
      expect(await count('audit_event', { action: 'access-request.refuse' })).toBe(1);
    });

    it('only administrators list and decide; suppliers and other agents are refused, anonymous users must sign in', async () => {
      const supplier = await buildSupplier(t.db.orm.em);
      const owner = await t.signIn((await buildSupplierUser(t.db.orm.em, supplier, { owner: true })).email);
      const buyer = await t.signIn((await buildAgent(t.db.orm.em, [Role.BUYER, Role.AUDITOR])).email);
      const id = (await pending())[0].id;
      for (const cookie of [owner, buyer]) {
        expect(code(await t.gql(LIST, {}, { cookie }))).toBe('FORBIDDEN');
        expect(code(await t.gql('mutation($id: ID!) { approveAccessRequest(id: $id) { id } }', { id }, { cookie }))).toBe('FORBIDDEN');
        expect(code(await t.gql('mutation($id: ID!) { refuseAccessRequest(id: $id, reason: "x") { id } }', { id }, { cookie }))).toBe('FORBIDDEN');
      }
      expect(code(await t.gql(LIST))).toBe('UNAUTHENTICATED');
      expect(code(await t.gql('mutation($id: ID!) { approveAccessRequest(id: $id) { id } }', { id: 'not-an-id' }, { cookie: admin }))).toBe('NOT_FOUND');
    });

    it('pages through the pending requests with a cursor (page size capped at 100)', async () => {
      const first = await t.gql('{ accessRequests(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }', {}, { cookie: admin });
      const page = first.data!.accessRequests;
      expect(page.edges).toHaveLength(2);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = await t.gql('query($a: String!) { accessRequests(first: 100, after: $a) { edges { node { id } } } }', { a: page.pageInfo.endCursor }, { cookie: admin });
      const ids = [...page.edges, ...next.data!.accessRequests.edges].map((e: { node: { id: string } }) => e.node.id);
      expect(new Set(ids).size).toBe(page.totalCount);
      expect(code(await t.gql('{ accessRequests(first: 101) { totalCount } }', {}, { cookie: admin }))).toBe('BAD_USER_INPUT');
    });
  });
});

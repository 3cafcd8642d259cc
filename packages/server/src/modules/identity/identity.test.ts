import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../test/app.js';
import { buildAgent, buildSupplier, buildSupplierUser, PASSWORD } from '../../test/factories.js';
import { Role } from '../../shared/roles.js';
import { SIGN_IN_LIMITS } from './rate-limit.js';
import { BAD_CREDENTIALS } from './sign-in.service.js';
import { Session } from './session.entity.js';

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id email kind roles supplier { legalName } } }';
const VIEWER = '{ viewer { id email kind roles supplier { id legalName } } }';

describe('sign-in, sessions and viewer', () => {
  let t: TestApp;
  let supplierEmail: string;
  let agentEmail: string;
  beforeAll(async () => {
    t = await startTestApp();
    const supplier = await buildSupplier(t.db.orm.em, { legalName: 'Scierie du Cher' });
    supplierEmail = (await buildSupplierUser(t.db.orm.em, supplier, { owner: true })).email;
    agentEmail = (await buildAgent(t.db.orm.em, [Role.FINANCE, Role.AUDITOR])).email;
  });
  afterAll(() => t.stop());

  it('signs a supplier user in with an httpOnly SameSite cookie and answers viewer', async () => {
    const res = await t.gql(SIGN_IN, { e: supplierEmail.toUpperCase(), p: PASSWORD });
    expect(res.errors).toBeUndefined();
    expect(res.data!.signIn).toMatchObject({ email: supplierEmail, kind: 'SUPPLIER', roles: ['SUPPLIER_OWNER'], supplier: { legalName: 'Scierie du Cher' } });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^spaser_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const viewer = await t.gql(VIEWER, {}, { cookie: cookie.split(';')[0] });
    expect(viewer.data!.viewer).toMatchObject({ email: supplierEmail, supplier: { legalName: 'Scierie du Cher' } });
  });

  it('signs an agent in with all their roles and no supplier', async () => {
    const cookie = await t.signIn(agentEmail);
    const viewer = await t.gql(VIEWER, {}, { cookie });
    expect(viewer.data!.viewer).toMatchObject({ kind: 'AGENT', supplier: null });
    expect(viewer.data!.viewer.roles.sort()).toEqual(['AUDITOR', 'FINANCE']);
  });

  it('gives one generic answer for an unknown account and for a wrong password', async () => {
    const unknown = await t.gql(SIGN_IN, { e: 'nobody@nowhere.example', p: PASSWORD });
    const wrong = await t.gql(SIGN_IN, { e: agentEmail, p: 'Wrong-password-123' });
    for (const res of [unknown, wrong]) {
      expect(res.data).toBeNull();
      expect(res.errors![0]!.message).toBe(BAD_CREDENTIALS);
      expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });

  it('answers viewer null without a cookie, or with a forged one', async () => {
    expect((await t.gql(VIEWER)).data!.viewer).toBeNull();
    expect((await t.gql(VIEWER, {}, { cookie: 'spaser_session=forged-token' })).data!.viewer).toBeNull();
  });

  it('rotates the session at sign-in: the previous token stops working', async () => {
    const first = await t.signIn(supplierEmail);
    const res = await t.gql(SIGN_IN, { e: supplierEmail, p: PASSWORD }, { cookie: first });
    const second = res.headers.get('set-cookie')!.split(';')[0]!;
    expect(second).not.toBe(first);
    expect((await t.gql(VIEWER, {}, { cookie: first })).data!.viewer).toBeNull();
    expect((await t.gql(VIEWER, {}, { cookie: second })).data!.viewer.email).toBe(supplierEmail);
  });

  it('signs out: the session is revoked on the server, not only the cookie cleared', async () => {
    const cookie = await t.signIn(supplierEmail);
    const out = await t.gql('mutation { signOut }', {}, { cookie });
    expect(out.data!.signOut).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/^spaser_session=; Max-Age=0/);
    expect((await t.gql(VIEWER, {}, { cookie })).data!.viewer).toBeNull();
  });

  it('refuses an expired session', async () => {
    const cookie = await t.signIn(agentEmail);
    const em = t.db.orm.em.fork();
    await em.nativeUpdate(Session, { revokedAt: null, expiresAt: { $gt: new Date() } }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await t.gql(VIEWER, {}, { cookie })).data!.viewer).toBeNull();
  });

  it('saves the preferred language', async () => {
    const cookie = await t.signIn(agentEmail);
    const res = await t.gql('mutation { setLocale(locale: EN) { locale } }', {}, { cookie });
    expect(res.data!.setLocale.locale).toBe('EN');
    expect((await t.gql('{ viewer { locale } }', {}, { cookie })).data!.viewer.locale).toBe('EN');
  });
});

describe('sign-in abuse', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it(`locks an account after ${SIGN_IN_LIMITS.perAccountFailures.max} failures, even for the right password, and only that account`, async () => {
    const supplier = await buildSupplier(t.db.orm.em);
    const victim = await buildSupplierUser(t.db.orm.em, supplier);
    const other = await buildSupplierUser(t.db.orm.em, supplier);
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountFailures.max; i++) {
      const res = await t.gql(SIGN_IN, { e: victim.email, p: `Wrong-password-${i}` });
      expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    const locked = await t.gql(SIGN_IN, { e: victim.email, p: PASSWORD });
    expect(locked.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(locked.headers.get('set-cookie')).toBeNull();
    const unaffected = await t.gql(SIGN_IN, { e: other.email, p: PASSWORD });
    expect(unaffected.errors).toBeUndefined();
  });

  it('refuses an aliased signIn and two signIns in one document', async () => {
    const aliased = await t.gql('mutation { a: signIn(email: "x@y.example", password: "p") { id } }');
    expect(aliased.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const double = await t.gql(
      'mutation { signIn(email: "x@y.example", password: "p") { id } } mutation B { signIn(email: "z@y.example", password: "q") { id } }',
      {},
      { headers: {} },
    );
    expect(double.status).toBeGreaterThanOrEqual(400);
    const viaFragment = await t.gql(
      'mutation { signIn(email: "x@y.example", password: "p") { id } ...F } fragment F on Mutation { signIn(email: "z@y.example", password: "q") { id } }',
    );
    expect(viaFragment.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses batched HTTP requests', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('keeps CSRF prevention on: a simple (non-JSON) request is refused', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(res.status).toBe(400);
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`);
    expect(get.status).toBe(400);
  });

  it('limits attempts per client address across accounts', async () => {
    let limited = 0;
    for (let i = 0; i < SIGN_IN_LIMITS.perAddressAttempts.max + 2; i++) {
      const res = await t.gql(SIGN_IN, { e: `spray${i}@nowhere.example`, p: 'Wrong-password-1' });
      if (res.errors![0]!.extensions!.code === 'RATE_LIMITED') limited++;
    }
    expect(limited).toBeGreaterThanOrEqual(1);
  });
});

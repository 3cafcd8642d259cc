import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../test/app.js';
import { buildAgent, buildSupplier, buildSupplierUser, PASSWORD } from '../../test/factories.js';
import { Role } from '../../shared/roles.js';
import { internalScope } from '../../shared/tenant.js';
import { issueSetPasswordToken } from './invitation.service.js';
import { RecoveryCode } from './recovery-code.entity.js';
import { totpAt } from './mfa.rule.js';
import { enrolWithSecret, MFA_LIMIT } from './mfa.service.js';
import { User } from './user.entity.js';

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email roles secondFactor } }';
const STEP = '{ secondFactorStep }';
const START = 'mutation { startTotpEnrolment { secret uri } }';
const CONFIRM = 'mutation($c: String!) { confirmTotpEnrolment(code: $c) { viewer { email roles secondFactor } recoveryCodes } }';
const VERIFY = 'mutation($c: String!) { verifySecondFactor(code: $c) { viewer { email roles } recoveryCodesLeft } }';
const VIEWER = '{ viewer { email roles } }';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

const code = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions?.code;
const cookieOf = (res: { headers: Headers }) => res.headers.get('set-cookie')!.split(';')[0]!;

describe('second factor (TOTP) for the strongest agent roles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ MFA_REQUIRED: 'true' });
  });
  afterAll(() => t.stop());

  async function enrolled(roles: Role[]): Promise<User> {
    const user = await buildAgent(t.db.orm.em, roles);
    const em = internalScope(t.db.orm.em.fork());
    const managed = await em.findOneOrFail(User, { id: user.id });
    await enrolWithSecret(em, managed, SECRET, t.config.mfaKey!);
    return user;
  }

  async function pending(email: string): Promise<{ cookie: string; step: string | null }> {
    const res = await t.gql(SIGN_IN, { e: email, p: PASSWORD });
    expect(res.errors).toBeUndefined();
    return { cookie: cookieOf(res), step: res.data!.signIn.secondFactor };
  }

  it('buyers, survey managers and supplier users sign in with the password alone', async () => {
    const supplier = await buildSupplier(t.db.orm.em);
    const owner = await buildSupplierUser(t.db.orm.em, supplier, { owner: true });
    for (const email of [(await buildAgent(t.db.orm.em, [Role.BUYER])).email, (await buildAgent(t.db.orm.em, [Role.SURVEY_MANAGER])).email, owner.email]) {
      const { cookie, step } = await pending(email);
      expect(step).toBeNull();
      expect((await t.gql(VIEWER, {}, { cookie })).data!.viewer.email).toBe(email);
    }
  });

  it('a pending session is limited to the MFA operations: everything else is UNAUTHENTICATED', async () => {
    const agent = await enrolled([Role.FINANCE]);
    const { cookie, step } = await pending(agent.email);
    expect(step).toBe('VERIFY');
    expect((await t.gql(VIEWER, {}, { cookie })).data!.viewer).toBeNull();
    expect(code(await t.gql('{ suppliers { totalCount } }', {}, { cookie }))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql('mutation { setLocale(locale: EN) { locale } }', {}, { cookie }))).toBe('UNAUTHENTICATED');
    const upload = await fetch(`${t.url}/uploads`, { method: 'POST', headers: { cookie, 'x-upload-name': 'a.csv' }, body: 'x' });
    expect(upload.status).toBe(401);
    expect((await t.gql(STEP, {}, { cookie })).data!.secondFactorStep).toBe('VERIFY');
    // Enrolment is not open to an enrolled agent.
    expect(code(await t.gql(START, {}, { cookie }))).toBe('CONFLICT');
  });

  it('a right TOTP code completes the session with a new cookie; the pending one stops working', async () => {
    const agent = await enrolled([Role.AUDITOR, Role.BUYER]);
    const { cookie } = await pending(agent.email);
    const res = await t.gql(VERIFY, { c: totpAt(SECRET, Date.now()) }, { cookie });
    expect(res.errors).toBeUndefined();
    expect(res.data!.verifySecondFactor).toMatchObject({ viewer: { email: agent.email }, recoveryCodesLeft: null });
    const full = cookieOf(res);
    expect(full).not.toBe(cookie);
    expect((await t.gql(VIEWER, {}, { cookie: full })).data!.viewer.roles.sort()).toEqual(['AUDITOR', 'BUYER']);
    expect((await t.gql(STEP, {}, { cookie })).data!.secondFactorStep).toBeNull();
    expect(code(await t.gql(VERIFY, { c: totpAt(SECRET, Date.now()) }, { cookie }))).toBe('UNAUTHENTICATED');
  });

  it('counts wrong codes and rate-limits them per account, even a right code after the limit', async () => {
    const agent = await enrolled([Role.ADMIN]);
    const { cookie } = await pending(agent.email);
    const right = totpAt(SECRET, Date.now());
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < MFA_LIMIT.max; i++) {
      const res = await t.gql(VERIFY, { c: i % 2 ? wrong : 'not-a-code' }, { cookie });
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toBe('Code incorrect ou expiré.');
    }
    expect(code(await t.gql(VERIFY, { c: right }, { cookie }))).toBe('RATE_LIMITED');
    // A new password sign-in does not reset the counter.
    const again = await pending(agent.email);
    expect(code(await t.gql(VERIFY, { c: right }, { cookie: again.cookie }))).toBe('RATE_LIMITED');
  });

  it('a fresh agent enrols: secret, wrong then right code, 10 recovery codes stored hashed; a recovery code works once', async () => {
    const agent = await buildAgent(t.db.orm.em, [Role.ETHICS_OFFICER]);
    const { cookie, step } = await pending(agent.email);
    expect(step).toBe('ENROL');
    expect((await t.gql(STEP, {}, { cookie })).data!.secondFactorStep).toBe('ENROL');
    expect(code(await t.gql(VERIFY, { c: '123456' }, { cookie }))).toBe('CONFLICT');
    expect(code(await t.gql(CONFIRM, { c: '123456' }, { cookie }))).toBe('CONFLICT');
    const started = await t.gql(START, {}, { cookie });
    const { secret, uri } = started.data!.startTotpEnrolment;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain(encodeURIComponent(agent.email));
    const stored = await internalScope(t.db.orm.em.fork()).findOneOrFail(User, { id: agent.id }, { populate: ['totpSecret'] });
    expect(stored.totpSecret).not.toContain(secret);
    expect(stored.totpEnabledAt).toBeNull();

    const right = totpAt(secret, Date.now());
    expect(code(await t.gql(CONFIRM, { c: right === '000000' ? '111111' : '000000' }, { cookie }))).toBe('BAD_USER_INPUT');
    const confirmed = await t.gql(CONFIRM, { c: right }, { cookie });
    expect(confirmed.errors).toBeUndefined();
    const { viewer, recoveryCodes } = confirmed.data!.confirmTotpEnrolment;
    expect(viewer).toMatchObject({ email: agent.email, roles: ['ETHICS_OFFICER'], secondFactor: null });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const c of recoveryCodes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const full = cookieOf(confirmed);
    expect((await t.gql(VIEWER, {}, { cookie: full })).data!.viewer.email).toBe(agent.email);
    const hashes = await internalScope(t.db.orm.em.fork()).find(RecoveryCode, { user: agent.id });
    expect(hashes).toHaveLength(10);
    for (const h of hashes) expect(recoveryCodes.map((c: string) => c.replace('-', ''))).not.toContain(h.codeHash);

    // Next sign-in: VERIFY, and a recovery code (any case, with spaces) works once.
    const next = await pending(agent.email);
    expect(next.step).toBe('VERIFY');
    const used = await t.gql(VERIFY, { c: ` ${recoveryCodes[3].toUpperCase()} ` }, { cookie: next.cookie });
    expect(used.errors).toBeUndefined();
    expect(used.data!.verifySecondFactor.recoveryCodesLeft).toBe(9);
    const third = await pending(agent.email);
    const reused = await t.gql(VERIFY, { c: recoveryCodes[3] }, { cookie: third.cookie });
    expect(code(reused)).toBe('BAD_USER_INPUT');
    const other = await t.gql(VERIFY, { c: recoveryCodes[4] }, { cookie: third.cookie });
    expect(other.data!.verifySecondFactor.recoveryCodesLeft).toBe(8);
  });

  it('an invited agent of a strong role must enrol after choosing a password too', async () => {
    const agent = await buildAgent(t.db.orm.em, [Role.FINANCE]);
    const em = internalScope(t.db.orm.em.fork());
    const { secret } = await issueSetPasswordToken(em, await em.findOneOrFail(User, { id: agent.id }));
    await em.flush();
    const res = await t.gql('mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { email secondFactor } }', { t: secret, p: 'A-new-password-2026' });
    expect(res.data!.acceptInvitation).toEqual({ email: agent.email, secondFactor: 'ENROL' });
    const cookie = cookieOf(res);
    expect((await t.gql(VIEWER, {}, { cookie })).data!.viewer).toBeNull();
    expect((await t.gql(STEP, {}, { cookie })).data!.secondFactorStep).toBe('ENROL');
  });

  it('refuses aliases and a second MFA mutation in one document (no guessing in bulk)', async () => {
    const agent = await enrolled([Role.FINANCE]);
    const { cookie } = await pending(agent.email);
    const aliased = await t.gql('mutation { a: verifySecondFactor(code: "000000") { recoveryCodesLeft } }', {}, { cookie });
    expect(aliased.status).toBe(400);
    const twice = await t.gql('mutation { verifySecondFactor(code: "000000") { recoveryCodesLeft } confirmTotpEnrolment(code: "111111") { recoveryCodes } }', {}, { cookie });
    expect(twice.status).toBe(400);
  });
});

describe('MFA_REQUIRED=false (the default under NODE_ENV=test)', () => {
  it('lets a finance agent in with the password alone', async () => {
    const t = await startTestApp();
    try {
      expect(t.config.mfaRequired).toBe(false);
      const agent = await buildAgent(t.db.orm.em, [Role.FINANCE]);
      const cookie = await t.signIn(agent.email);
      expect((await t.gql(VIEWER, {}, { cookie })).data!.viewer.roles).toEqual(['FINANCE']);
    } finally {
      await t.stop();
    }
  });
});

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error oidc-provider ships no type declarations
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../test/app.js';
import { buildAgent, buildSupplier, buildSupplierUser } from '../../test/factories.js';
import { Role } from '../../shared/roles.js';
import { internalScope } from '../../shared/tenant.js';
import { User } from './user.entity.js';

/**
 * A REAL OpenID provider (oidc-provider) on a random port, with one confidential client whose
 * redirect is the app's /auth/oidc/callback; its login interaction signs in whichever account the
 * test chose (no consent screen: first-party client). The test follows every redirect with fetch.
 */
interface Account {
  email: string;
  name: string;
  roles: string[];
  email_verified?: boolean;
}

class Jar {
  private readonly values = new Map<string, string>();
  store(headers: string[]) {
    for (const header of headers) {
      const [pair, ...attrs] = header.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i).trim();
      const value = pair!.slice(i + 1).trim();
      if (!value || attrs.some((a) => /^\s*max-age=0$/i.test(a))) this.values.delete(name);
      else this.values.set(name, value);
    }
  }
  get(name: string) {
    return this.values.get(name);
  }
  header() {
    return [...this.values].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

describe('agent single sign-on with OpenID Connect', () => {
  let t: TestApp;
  let server: Server;
  const accounts = new Map<string, Account>();
  let loginAs = '';

  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = await startTestApp({
      MFA_REQUIRED: 'true',
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: 'spaser',
      OIDC_CLIENT_SECRET: 'a-client-secret-for-the-tests-only',
      OIDC_ROLE_MAP: 'spaser-finance=FINANCE, spaser-admin=ADMIN, spaser-audit=AUDITOR',
    });
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: 'spaser',
          client_secret: 'a-client-secret-for-the-tests-only',
          redirect_uris: [`${t.url}/auth/oidc/callback`],
          response_types: ['code'],
          grant_types: ['authorization_code'],
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'roles'] },
      findAccount: (_ctx: unknown, id: string) => {
        const account = accounts.get(id);
        return account && { accountId: id, claims: () => ({ sub: id, email_verified: true, ...account }) };
      },
      interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
      features: { devInteractions: { enabled: false } },
      cookies: { keys: ['cookie-key-for-the-tests-only'] },
      async loadExistingGrant(ctx: any) {
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        return grant;
      },
    });
    const handle = provider.callback();
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      if (req.url?.startsWith('/interaction/')) {
        // The minimal login "page": the chosen account is authenticated at once.
        void provider.interactionFinished(req, res, { login: { accountId: loginAs } }, { mergeWithLastSubmission: false });
        return;
      }
      handle(req, res);
    });
  });
  afterAll(async () => {
    await t?.stop();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** Follows redirects from /auth/oidc/start until the app sends the browser elsewhere; `tamper` may change the callback URL. */
  async function signInWith(account: Account, tamper?: (callback: URL) => URL, jar = new Jar()) {
    const id = `sub-${accounts.size + 1}`;
    accounts.set(id, account);
    loginAs = id;
    let url = new URL(`${t.url}/auth/oidc/start`);
    for (let hops = 0; hops < 20; hops++) {
      if (url.pathname === '/auth/oidc/callback' && tamper) url = tamper(url);
      const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
      jar.store(res.headers.getSetCookie());
      const location = res.headers.get('location');
      if (!location) throw new Error(`no redirect from ${url.href} (${res.status}): ${await res.text()}`);
      const next = new URL(location, url);
      if (next.origin === t.url && !next.pathname.startsWith('/auth/oidc/')) return { landing: next, jar };
      url = next;
    }
    throw new Error('too many redirects');
  }

  const sessionOf = (jar: Jar) => (jar.get('spaser_session') ? `spaser_session=${jar.get('spaser_session')}` : null);
  const viewer = async (jar: Jar) => (await t.gql('{ viewer { email kind roles displayName } }', {}, { cookie: sessionOf(jar) })).data!.viewer;

  it('says SSO is configured (public flag for the sign-in page)', async () => {
    expect((await t.gql('{ agentSsoEnabled }')).data!.agentSsoEnabled).toBe(true);
  });

  it('creates an unknown agent with the mapped roles and opens a full session (no TOTP step: the provider proved the identity)', async () => {
    const { landing, jar } = await signInWith({ email: 'Nouvelle.Agente@Region.example', name: 'Nouvelle Agente', roles: ['spaser-finance', 'unrelated-group'] });
    expect(landing.pathname).toBe('/back-office');
    expect(await viewer(jar)).toEqual({ email: 'nouvelle.agente@region.example', kind: 'AGENT', roles: ['FINANCE'], displayName: 'Nouvelle Agente' });
    expect(jar.get('spaser_oidc')).toBeUndefined();
  });

  it('matches an existing agent by e-mail and replaces the roles with the mapped ones at each sign-in', async () => {
    const agent = await buildAgent(t.db.orm.em, [Role.BUYER, Role.FINANCE]);
    const first = await signInWith({ email: agent.email, name: 'X', roles: ['spaser-admin', 'spaser-audit'] });
    expect((await viewer(first.jar)).roles).toEqual(['ADMIN', 'AUDITOR']);
    const second = await signInWith({ email: agent.email, name: 'X', roles: ['spaser-audit'] });
    expect((await viewer(second.jar)).roles).toEqual(['AUDITOR']);
    const stored = await internalScope(t.db.orm.em.fork()).findOneOrFail(User, { id: agent.id });
    expect(stored.roles).toEqual(['AUDITOR']);
    expect(stored.displayName).toBe(agent.displayName);
  });

  it('refuses an account without a mapped role, with a French explanation on the sign-in page', async () => {
    const { landing, jar } = await signInWith({ email: 'sans.role@region.example', name: 'Sans Rôle', roles: ['other-app-users'] });
    expect(landing.pathname + landing.search).toBe('/connexion?sso=no-role');
    expect(sessionOf(jar)).toBeNull();
    expect(await internalScope(t.db.orm.em.fork()).count(User, { email: 'sans.role@region.example' })).toBe(0);
  });

  it('never signs a supplier user in through the Region provider', async () => {
    const supplier = await buildSupplier(t.db.orm.em);
    const owner = await buildSupplierUser(t.db.orm.em, supplier, { owner: true });
    const { landing, jar } = await signInWith({ email: owner.email, name: 'X', roles: ['spaser-admin'] });
    expect(landing.search).toBe('?sso=supplier');
    expect(sessionOf(jar)).toBeNull();
  });

  it('refuses a callback whose state was changed, and one without the flow cookie', async () => {
    const forged = await signInWith({ email: 'etat@region.example', name: 'X', roles: ['spaser-finance'] }, (callback) => {
      const url = new URL(callback);
      url.searchParams.set('state', 'forged-state');
      return url;
    });
    expect(forged.landing.search).toBe('?sso=failed');
    expect(sessionOf(forged.jar)).toBeNull();
    const bare = await fetch(`${t.url}/auth/oidc/callback?code=abc&state=def`, { redirect: 'manual' });
    expect(bare.status).toBe(303);
    expect(bare.headers.get('location')).toBe('/connexion?sso=failed');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../test/app.js';
import { buildAgent, PASSWORD } from '../test/factories.js';

/** The web surface behind TLS (PUBLIC_URL https): headers, the session cookie's flags, CSRF. */
describe('web security behind TLS', () => {
  let t: TestApp;
  beforeAll(async () => {
    const web = mkdtempSync(join(tmpdir(), 'spaser-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Espace fournisseurs</title>');
    t = await startTestApp({ WEB_DIST: web, PUBLIC_URL: 'https://fournisseurs.region.example' });
  });
  afterAll(() => t.stop());

  it('sends HSTS and the strict policy on the web app and on the API alike', async () => {
    for (const res of [await fetch(`${t.url}/`), await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ viewer { id } }"}' })]) {
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      const csp = Object.fromEntries(res.headers.get('content-security-policy')!.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
      expect(csp['default-src']).toBe("'self'");
      expect(csp['script-src']).toBe("'self'"); // no inline script, no eval
      expect(csp['object-src']).toBe("'none'");
      expect(csp['frame-ancestors']).toBe("'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('sets the session cookie HttpOnly, Secure, SameSite=Lax, host-only (__Host-), and clears it on sign-out', async () => {
    const agent = await buildAgent(t.db.orm.em);
    const res = await t.gql('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: agent.email, p: PASSWORD });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^__Host-spaser_session=[\w-]{40,};/);
    for (const flag of ['HttpOnly', 'Secure', 'SameSite=Lax', 'Path=/']) expect(cookie.split('; ')).toContain(flag);
    expect(cookie).not.toMatch(/Domain=/i);
    const out = await t.gql('mutation { signOut }', {}, { cookie: cookie.split(';')[0]! });
    expect(out.headers.get('set-cookie')).toMatch(/^__Host-spaser_session=; Max-Age=0/);
  });

  it('refuses requests a browser could send cross-site without a preflight (CSRF), and mutations over GET', async () => {
    const form = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"mutation { signOut }"}' });
    expect(form.status).toBe(400);
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('mutation { signOut }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(405);
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type TestApp, startTestApp } from '../test/app.js';
import { MAX_BODY_BYTES } from './http.js';

describe('HTTP surface', () => {
  let t: TestApp;
  let web: string;
  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'spaser-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Espace fournisseurs</title>');
    writeFileSync(join(web, 'assets', 'app-abc123.js'), 'console.log(1)');
    t = await startTestApp({ WEB_DIST: web });
  });
  afterAll(() => t.stop());

  it('GET /healthz answers 200 with JSON while the database answers', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves the web app with strict security headers, and index.html for client routes', async () => {
    const res = await fetch(`${t.url}/entreprise`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Espace fournisseurs');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toBeNull(); // plain HTTP here
    const asset = await fetch(`${t.url}/assets/app-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('gives every response a request id, and keeps a well-formed one from the caller', async () => {
    const res = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'lb-request-12345678' } });
    expect(res.headers.get('x-request-id')).toBe('lb-request-12345678');
    const other = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': '<script>' } });
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ viewer { id } }`, variables: { pad: 'x'.repeat(MAX_BODY_BYTES) } }),
    });
    expect(res.status).toBe(413);
  });

  it('answers malformed JSON with 400 and a code', async () => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('does not suggest field names', async () => {
    const res = await t.gql('{ viewr { id } }');
    expect(res.errors![0]!.message).not.toMatch(/Did you mean/);
  });

  it('answers a database outage with 503: no SQL or stack trace, a request id that the log also has; /healthz turns 503', async () => {
    const logged = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const cookie = await t.signIn((await import('../test/factories.js').then((f) => f.buildAgent(t.db.orm.em))).email);
    // Break the database under the running server.
    await t.db.orm.close(true);
    const res = await t.gql('{ viewer { id } suppliers { totalCount } }', {}, { cookie });
    const text = JSON.stringify(res);
    expect(text).not.toMatch(/select|sqlite|knex|at .*\.js/i);
    const error = res.errors![0]!;
    expect(res.status).toBe(503);
    expect(error.extensions!.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toMatch(/indisponible/);
    const requestId = res.headers.get('x-request-id')!;
    expect(error.extensions!.requestId).toBe(requestId);
    expect(logged.mock.calls.some(([line]) => String(line).includes(requestId))).toBe(true);
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', database: 'down' });
    logged.mockRestore();
  });
});

import { describe, expect, it } from 'vitest';
import { startTestApp } from '../test/app.js';
import { buildAgent, PASSWORD } from '../test/factories.js';

describe('graceful shutdown', () => {
  it('lets in-flight requests finish, then refuses new connections and closes the database', async () => {
    const t = await startTestApp();
    const agent = await buildAgent(t.db.orm.em);
    // A sign-in spends ~50 ms in argon2id: it is still running when the stop begins.
    const arrived = new Promise((resolve) => t.app.http.once('request', resolve));
    const inFlight = t.gql('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }', { e: agent.email, p: PASSWORD });
    await arrived;
    const stopped = t.app.stop();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.data!.signIn.email).toBe(agent.email);
    await stopped;
    await expect(fetch(`${t.url}/healthz`)).rejects.toThrow();
    expect(await t.db.orm.isConnected()).toBe(false);
    await t.db.close();
  });
});

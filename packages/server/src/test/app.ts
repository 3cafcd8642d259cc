import { type Config, loadConfig } from '../app/config.js';
import { type App, startApp } from '../app/server.js';
import { PASSWORD } from './factories.js';
import { type TestDatabase, openTestDatabase } from './db.js';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data: T | null;
  errors?: { message: string; extensions?: Record<string, any>; path?: string[] }[];
}

export interface TestApp {
  app: App;
  db: TestDatabase;
  config: Config;
  url: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: { cookie?: string | null; headers?: Record<string, string> }): Promise<GqlResult<T>>;
  signIn(email: string, password?: string): Promise<string>;
  stop(): Promise<void>;
}

/** A real server on a random port over a fresh database: tests speak HTTP to it, cookies included. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await openTestDatabase();
  const config: Config = { ...loadConfig({ NODE_ENV: 'test', PORT: '0', ...env }), database: db.database };
  const app = await startApp(config, db.orm, 0);
  const url = app.url;

  async function gql<T>(query: string, variables: Record<string, unknown> = {}, options: { cookie?: string | null; headers?: Record<string, string> } = {}) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: GqlResult<T>['errors'] };
    return { status: res.status, headers: res.headers, data: body.data ?? null, errors: body.errors };
  }

  async function signIn(email: string, password = PASSWORD): Promise<string> {
    const res = await gql<{ signIn: { id: string } }>('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: email, p: password });
    if (res.errors) throw new Error(`sign-in failed: ${res.errors[0]!.message}`);
    const cookie = res.headers.get('set-cookie')!;
    return cookie.split(';')[0]!;
  }

  return {
    app,
    db,
    config,
    url,
    gql,
    signIn,
    stop: async () => {
      await app.stop().catch(() => {});
      await db.close();
    },
  };
}

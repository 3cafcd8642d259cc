import { type Agent, request } from 'node:http';

/** What one request came to: a whole answer, or a network error before any answer (`code`, e.g. ECONNREFUSED). */
export type Outcome =
  | { kind: 'answer'; status: number; headers: Record<string, string | string[] | undefined>; body: string; startedAt: number; endedAt: number }
  | { kind: 'network'; code: string; startedAt: number; endedAt: number };

/**
 * One request, on a connection of its own unless `agent` keeps connections alive (then "refused"
 * can only happen to a new connection). `sent` is called once the whole request is written.
 */
export function send(url: string, options: { method?: string; body?: unknown; headers?: Record<string, string>; agent?: Agent; sent?: () => void } = {}): Promise<Outcome> {
  const startedAt = performance.now();
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve) => {
    const req = request(url, {
      method: options.method ?? (body ? 'POST' : 'GET'),
      agent: options.agent ?? false,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers },
    });
    req.on('finish', () => options.sent?.());
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ kind: 'answer', status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), startedAt, endedAt: performance.now() }));
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ kind: 'network', code: `truncated answer: ${e.code ?? e.message}`, startedAt, endedAt: performance.now() }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ kind: 'network', code: e.code ?? e.message, startedAt, endedAt: performance.now() }));
    req.end(body);
  });
}

/** Runs `step` over and over in `workers` parallel loops until `until` resolves; every outcome goes to `out` as it comes. */
export async function loadUntil<T>(workers: number, step: (worker: number) => Promise<T>, until: Promise<unknown>, out: T[] = []): Promise<T[]> {
  let done = false;
  const finish = () => (done = true);
  until.then(finish, finish);
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      while (!done) {
        out.push(await step(w));
        await new Promise((r) => setTimeout(r, 5));
      }
    }),
  );
  return out;
}

/** Resolves once `condition` holds (checked every 10 ms): phases wait for counts, not for guessed times. */
export async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 10));
}

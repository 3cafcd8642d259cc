import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whether running from src/ (tsx, Vitest) or dist/ (node). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
/** Where the user ran the command from (pnpm runs package scripts inside the package). */
export const userCwd = process.env.INIT_CWD ?? process.cwd();

export type Database = { dialect: 'sqlite'; path: string } | { dialect: 'postgresql'; url: string };

export function parseDatabaseUrl(url: string | undefined): Database {
  if (!url) return { dialect: 'sqlite', path: join(repoRoot, 'data', 'spaser.sqlite') };
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { dialect: 'postgresql', url };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new Error('DATABASE_URL sqlite: needs a path (or :memory:)');
    return { dialect: 'sqlite', path: path === ':memory:' || isAbsolute(path) ? path : resolve(userCwd, path) };
  }
  throw new Error('DATABASE_URL must start with postgres://, postgresql:// or sqlite:');
}

export interface Config {
  env: 'production' | 'development' | 'test';
  port: number;
  database: Database;
  /** The address users reach the app at, for links in e-mails. */
  publicUrl: string;
  /** Whether PUBLIC_URL was given; otherwise the server uses the address it listens on. */
  publicUrlSet: boolean;
  /** smtp://user:pass@host:port; without it, mail lands in the development outbox. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Secure cookies (and the __Host- prefix): behind TLS, or when forced. */
  secureCookies: boolean;
  /** Trust X-Forwarded-For from the load balancer for the client address (rate limits). */
  trustProxy: boolean;
  sessionHours: number;
  webDist: string;
  /** DECP_BUYER_IDS: the DECP import keeps only these buyers' contracts (the Region's SIRETs); empty keeps all. */
  decpBuyerIds: string[];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port: ${env.PORT}`);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  const sessionHours = Number(env.SESSION_HOURS ?? 12);
  if (!(sessionHours > 0)) throw new Error('SESSION_HOURS must be a positive number');
  return {
    env: nodeEnv,
    port,
    database: parseDatabaseUrl(env.DATABASE_URL),
    publicUrl,
    publicUrlSet: !!env.PUBLIC_URL,
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM ?? 'Région Centre-Val de Loire <ne-pas-repondre@spaser.localhost>',
    secureCookies: env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : publicUrl.startsWith('https://'),
    trustProxy: env.TRUST_PROXY === 'true',
    sessionHours,
    webDist: env.WEB_DIST ?? join(repoRoot, 'packages', 'web', 'dist'),
    decpBuyerIds: (env.DECP_BUYER_IDS ?? '').split(',').map((id) => id.replace(/\s/g, '')).filter(Boolean),
  };
}

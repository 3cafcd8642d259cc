import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRoleMap } from '../modules/identity/oidc.rule.js';
import type { Role } from '../shared/roles.js';
import { parseRetention, type RetentionSettings } from '../modules/privacy/retention-rules.js';

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
  /** RETENTION_*_DAYS: how long each kind of personal data is kept (`pnpm cli purge`). */
  retention: RetentionSettings;
  /** MFA_REQUIRED: agents with ADMIN, FINANCE, ETHICS_OFFICER or AUDITOR give a TOTP code after a local password. Default true, false under NODE_ENV=test. */
  mfaRequired: boolean;
  /** RUN_JOBS: this instance runs the scheduled jobs on its timer (default true, false under NODE_ENV=test); set false where `pnpm cli jobs` runs from cron instead. */
  runJobs: boolean;
  /** MFA_KEY: seals TOTP secrets and peppers recovery codes; development and test use a fixed key; null in production without it (second-factor steps then fail closed). */
  mfaKey: string | null;
  /** Agent single sign-on (OpenID Connect), when OIDC_ISSUER and OIDC_CLIENT_ID are set; redirect at PUBLIC_URL + /auth/oidc/callback. */
  oidc: OidcConfig | null;
}

export interface OidcConfig {
  /** OIDC_ISSUER: the provider's issuer URL (discovery at /.well-known/openid-configuration). */
  issuer: string;
  clientId: string;
  /** OIDC_CLIENT_SECRET (client_secret_basic); without it, a public client (PKCE only). */
  clientSecret: string | null;
  /** OIDC_ROLES_CLAIM: the claim (ID token or userinfo) listing the agent's groups; default `roles`. */
  rolesClaim: string;
  /** OIDC_ROLE_MAP: group → SPASER roles, e.g. `spaser-finance=FINANCE,spaser-admin=ADMIN`. */
  roleMap: Map<string, Role[]>;
  /** OIDC_SCOPES: default `openid email profile`. */
  scopes: string;
}

/** Development and tests share a published key: never use it with real agents' secrets. */
export const DEV_MFA_KEY = 'spaser-development-mfa-key-not-secret';

function mfaKeyOf(env: NodeJS.ProcessEnv, nodeEnv: Config['env']): string | null {
  if (env.MFA_KEY) {
    if (env.MFA_KEY.length < 32) throw new Error('MFA_KEY must be at least 32 characters long');
    return env.MFA_KEY;
  }
  return nodeEnv === 'production' ? null : DEV_MFA_KEY;
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
    mfaRequired: env.MFA_REQUIRED ? env.MFA_REQUIRED === 'true' : nodeEnv !== 'test',
    runJobs: env.RUN_JOBS ? env.RUN_JOBS === 'true' : nodeEnv !== 'test',
    mfaKey: mfaKeyOf(env, nodeEnv),
    oidc: env.OIDC_ISSUER && env.OIDC_CLIENT_ID
      ? {
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID,
          clientSecret: env.OIDC_CLIENT_SECRET || null,
          rolesClaim: env.OIDC_ROLES_CLAIM || 'roles',
          roleMap: parseRoleMap(env.OIDC_ROLE_MAP ?? ''),
          scopes: env.OIDC_SCOPES || 'openid email profile',
        }
      : null,
    decpBuyerIds: (env.DECP_BUYER_IDS ?? '').split(',').map((id) => id.replace(/\s/g, '')).filter(Boolean),
    retention: parseRetention(env),
  };
}

import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as client from 'openid-client';
import type { Config, OidcConfig } from '../../app/config.js';
import { describeError, logger } from '../../shared/logger.js';
import { audit } from '../audit/audit.service.js';
import { type OidcRefusal, mapRoles, OIDC_FLOW_MINUTES, openState, sealState } from './oidc.rule.js';
import type { ClientInfo } from './session.service.js';
import { normalizeEmail } from './email.rule.js';
import { startSession } from './sign-in.service.js';
import { User, UserKind } from './user.entity.js';

/**
 * Agent single sign-on with OpenID Connect: authorization code flow with PKCE (S256), state and
 * nonce, through openid-client. GET /auth/oidc/start redirects to the provider; GET
 * /auth/oidc/callback exchanges the code, checks the ID token, maps the roles claim and opens a
 * normal session (as a password sign-in does). Suppliers never sign in this way.
 */
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';
const FLOW_COOKIE = 'spaser_oidc';

export interface OidcHttpDeps {
  config: Config;
  orm: MikroORM;
  /** The session cookie header for a token (http.ts). */
  sessionCookie(token: string): string;
  clientInfo(req: IncomingMessage): ClientInfo;
  previousSessionToken(req: IncomingMessage): string | null;
  cookies(req: IncomingMessage): Record<string, string>;
}

/** The key that signs the flow cookie: from the client secret (or MFA_KEY for a public client). */
function stateKey(oidc: OidcConfig, config: Config): Buffer {
  const base = oidc.clientSecret ?? config.mfaKey;
  if (!base) throw new Error('OIDC without OIDC_CLIENT_SECRET needs MFA_KEY to sign its flow cookie');
  return createHash('sha256').update(`spaser-oidc-state:${base}`).digest();
}

function flowCookie(config: Config, value: string | null): string {
  const attrs = [`Path=/auth/oidc`, 'HttpOnly', 'SameSite=Lax', ...(config.secureCookies ? ['Secure'] : [])];
  return value ? [`${FLOW_COOKIE}=${value}`, `Max-Age=${OIDC_FLOW_MINUTES * 60}`, ...attrs].join('; ') : [`${FLOW_COOKIE}=`, 'Max-Age=0', ...attrs].join('; ');
}

function redirect(res: ServerResponse, location: string, cookies: string[] = []) {
  res.statusCode = 303;
  res.setHeader('location', location);
  res.setHeader('cache-control', 'no-store');
  if (cookies.length) res.setHeader('set-cookie', cookies);
  res.end();
}

export function createOidcRoutes(deps: OidcHttpDeps) {
  const { config } = deps;
  let discovered: Promise<client.Configuration> | null = null;

  /** Discovery once (retried after a failure). */
  function configuration(oidc: OidcConfig): Promise<client.Configuration> {
    discovered ??= client
      .discovery(
        new URL(oidc.issuer),
        oidc.clientId,
        oidc.clientSecret ? { client_secret: oidc.clientSecret } : undefined,
        oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None(),
        // Plain http only outside production (a provider started by the tests, a local one).
        oidc.issuer.startsWith('http://') && config.env !== 'production' ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = null;
        throw error;
      });
    return discovered;
  }

  const redirectUri = () => `${config.publicUrl}${OIDC_CALLBACK_PATH}`;
  const refuse = (res: ServerResponse, reason: OidcRefusal) => redirect(res, `/connexion?sso=${reason}`, [flowCookie(config, null)]);

  async function start(req: IncomingMessage, res: ServerResponse) {
    const oidc = config.oidc;
    if (!oidc || req.method !== 'GET') return redirect(res, '/connexion');
    let conf: client.Configuration;
    try {
      conf = await configuration(oidc);
    } catch (error) {
      logger.warn('oidc discovery failed', describeError(error));
      return refuse(res, 'failed');
    }
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(conf, {
      redirect_uri: redirectUri(),
      scope: oidc.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    const sealed = sealState(stateKey(oidc, config), { state, nonce, verifier, expiresAt: Date.now() + OIDC_FLOW_MINUTES * 60_000 });
    redirect(res, url.href, [flowCookie(config, sealed)]);
  }

  async function callback(req: IncomingMessage, res: ServerResponse, url: URL) {
    const oidc = config.oidc;
    if (!oidc || req.method !== 'GET') return redirect(res, '/connexion');
    const flow = openState(stateKey(oidc, config), deps.cookies(req)[FLOW_COOKIE], Date.now());
    if (!flow) return refuse(res, 'failed');
    let claims: Record<string, unknown>;
    try {
      const conf = await configuration(oidc);
      // The callback's own address as the provider called it, on the public origin.
      const current = new URL(`${redirectUri()}${url.search}`);
      const tokens = await client.authorizationCodeGrant(conf, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims()!;
      claims = { ...idClaims };
      if (!(oidc.rolesClaim in claims) || !claims.email) {
        const info = await client.fetchUserInfo(conf, tokens.access_token, idClaims.sub);
        claims = { ...info, ...idClaims, ...(oidc.rolesClaim in info ? { [oidc.rolesClaim]: info[oidc.rolesClaim] } : {}) };
      }
    } catch (error) {
      logger.warn('oidc sign-in failed', describeError(error));
      return refuse(res, 'failed');
    }
    const em = deps.orm.em.fork();
    const outcome = await signInAgent(em, oidc, claims, deps.previousSessionToken(req), deps.clientInfo(req), config.sessionHours);
    if (typeof outcome === 'string') return refuse(res, outcome);
    redirect(res, '/back-office', [flowCookie(config, null), deps.sessionCookie(outcome.token)]);
  }

  return { start, callback };
}

/**
 * The agent behind verified claims: matched by e-mail, or created; roles replaced by the mapped
 * ones at each sign-in. Refused without a mapped role, for a supplier user or a removed agent.
 */
export async function signInAgent(
  em: EntityManager,
  oidc: OidcConfig,
  claims: Record<string, unknown>,
  previousToken: string | null,
  clientInfo: ClientInfo,
  sessionHours: number,
): Promise<{ token: string } | OidcRefusal> {
  const email = typeof claims.email === 'string' ? normalizeEmail(claims.email) : '';
  if (!email || claims.email_verified === false) return 'no-email';
  const roles = mapRoles(claims[oidc.rolesClaim], oidc.roleMap);
  return em.transactional(async (tx) => {
    let user = await tx.findOne(User, { email }, { filters: { tenant: false }, populate: ['supplier'] });
    if (user?.kind === UserKind.SUPPLIER) return 'supplier' as const;
    if (user?.removedAt) return 'removed' as const;
    if (roles.length === 0) return 'no-role' as const;
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 160) : null;
    if (!user) {
      user = tx.create(User, { email, displayName: name ?? email.split('@')[0]!, kind: UserKind.AGENT, roles });
      tx.persist(user);
      await tx.flush();
      await audit(tx, { actor: user.id, action: 'agent.created_by_sso', entityType: 'user_account', entityId: user.id, after: { email, roles } });
    } else if ([...user.roles].sort().join(',') !== roles.join(',')) {
      const before = { roles: [...user.roles] };
      user.roles = roles;
      await audit(tx, { actor: user.id, action: 'agent.roles_from_sso', entityType: 'user_account', entityId: user.id, before, after: { roles } });
    }
    // The provider proved the identity (its own second factor applies): a full session.
    const { token } = await startSession(tx, user, previousToken, clientInfo, sessionHours, false);
    return { token };
  });
}

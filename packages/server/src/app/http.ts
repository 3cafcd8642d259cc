import { type ApolloServer, HeaderMap } from '@apollo/server';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import sirv from 'sirv';
import { viewerFromApiToken } from '../modules/api-token/api-token.service.js';
import { viewerFromSessionToken } from '../modules/identity/session.service.js';
import { createOidcRoutes } from '../modules/identity/oidc.js';
import { MAX_ATTACHMENT_BYTES } from '../modules/ethics/attachment-rules.js';
import { cachedPublicSpaser, publicSpaser } from '../modules/report/public-spaser.js';
import { Role, SUPPLIER_ROLES } from '../shared/roles.js';
import type { Mailer } from '../modules/notification/mailer.js';
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from '../shared/db-errors.js';
import { DomainError } from '../shared/errors.js';
import { describeError, logger } from '../shared/logger.js';
import { applyScope } from '../shared/tenant.js';
import type { Config } from './config.js';
import { cookieName, parseCookies } from './cookies.js';
import type { Context } from './context.js';
import { exportRoutes } from './exports.js';
import { MAX_UPLOAD_BYTES, saveUpload, UploadTooLarge } from './uploads.js';

/** Agents who import files: finance (invoices), and later buyers and administrators (contracts, suppliers). */
/** Agents who import files; supplier users upload only attachments, which are small. */
const IMPORT_ROLES: readonly Role[] = [Role.FINANCE, Role.BUYER, Role.ADMIN];

export const MAX_BODY_BYTES = 1_000_000;

function sessionCookie(config: Config, token: string | null): string {
  const attrs = ['Path=/', 'HttpOnly', 'SameSite=Lax', ...(config.secureCookies ? ['Secure'] : [])];
  return token
    ? [`${cookieName(config)}=${token}`, `Max-Age=${Math.round(config.sessionHours * 3600)}`, ...attrs].join('; ')
    : [`${cookieName(config)}=`, 'Max-Age=0', ...attrs].join('; ');
}

/** Strict headers on every response: no inline script, no framing, no referrer (links carry secrets). */
function securityHeaders(res: ServerResponse, config: Config) {
  res.setHeader(
    'content-security-policy',
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
      "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  );
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  if (config.publicUrl.startsWith('https://')) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
}

/** `attachment` with an ASCII fallback name and the real one in RFC 5987 form. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'fichier';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

function clientAddress(req: IncomingMessage, config: Config): string | null {
  if (config.trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? null;
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export interface HttpDeps {
  config: Config;
  orm: MikroORM;
  apollo: ApolloServer<Context>;
  mailer: Mailer;
}

export function createHttpServer(deps: HttpDeps): Server {
  const { config, orm, apollo, mailer } = deps;
  const serveWeb = existsSync(config.webDist)
    ? sirv(config.webDist, {
        single: true,
        etag: true,
        setHeaders: (res, pathname) =>
          res.setHeader('cache-control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
      })
    : null;

  const sessionTokenOf = (req: IncomingMessage) => parseCookies(req.headers.cookie)[cookieName(config)] ?? null;
  /**
   * The viewer behind the request: an agent's API token (`Authorization: Bearer`), else the session
   * cookie (GraphQL, uploads, downloads alike).
   */
  const viewerOf = (req: IncomingMessage, em: EntityManager) => {
    const bearer = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) return viewerFromApiToken(em, bearer);
    const token = sessionTokenOf(req);
    return token ? viewerFromSessionToken(em, token) : Promise.resolve(null);
  };

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
    const raw = req.method === 'POST' ? await readBody(req) : '';
    if (raw === null) return sendJson(res, 413, { errors: [{ message: 'Requête trop volumineuse.', extensions: { code: 'PAYLOAD_TOO_LARGE', requestId } }] });
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = raw;
    if (req.method === 'POST' && (headers.get('content-type') ?? '').startsWith('application/json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        return sendJson(res, 400, { errors: [{ message: 'Corps JSON invalide.', extensions: { code: 'BAD_REQUEST', requestId } }] });
      }
    }
    const cookies: string[] = [];
    const sessionToken = sessionTokenOf(req);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async (): Promise<Context> => {
        const em = orm.em.fork();
        let viewer = null;
        try {
          viewer = await viewerOf(req, em);
        } catch (error) {
          logger.error('session lookup failed', { requestId, ...describeError(error) });
          throw new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
            extensions: { code: 'SERVICE_UNAVAILABLE', requestId, http: { status: 503 } },
          });
        }
        applyScope(em, viewer);
        return {
          em,
          viewer,
          requestId,
          client: { ip: clientAddress(req, config), userAgent: req.headers['user-agent'] ?? null },
          config,
          mailer,
          sessionToken,
          setSessionCookie: (token) => cookies.push(sessionCookie(config, token)),
        };
      },
    });
    res.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.setHeader('cache-control', 'no-store');
    if (cookies.length) res.setHeader('set-cookie', cookies);
    if (result.body.kind === 'complete') return res.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  /** POST /uploads: the file body, with `x-upload-name` (a header only same-origin scripts may send). */
  async function upload(req: IncomingMessage, res: ServerResponse, requestId: string) {
    const name = req.headers['x-upload-name'];
    if (req.method !== 'POST' || typeof name !== 'string' || !name) {
      return sendJson(res, 400, { error: "Envoyez le fichier en POST avec l'en-tête x-upload-name.", requestId });
    }
    const viewer = await viewerOf(req, orm.em.fork());
    if (!viewer) return sendJson(res, 401, { error: 'Vous devez vous connecter.', requestId });
    const importer = viewer.roles.some((r) => IMPORT_ROLES.includes(r));
    if (!importer && !viewer.roles.some((r) => SUPPLIER_ROLES.includes(r))) return sendJson(res, 403, { error: "Vous n'avez pas le droit de déposer un fichier.", requestId });
    const maxBytes = importer ? MAX_UPLOAD_BYTES : MAX_ATTACHMENT_BYTES;
    try {
      const saved = await saveUpload(req, viewer.userId, decodeURIComponent(name), maxBytes);
      sendJson(res, 201, { uploadId: saved.id, bytes: saved.bytes });
    } catch (error) {
      if (!(error instanceof UploadTooLarge)) throw error;
      res.setHeader('connection', 'close');
      sendJson(res, 413, { error: `Fichier trop volumineux (${maxBytes / 1024 / 1024} Mo au plus).`, requestId });
    }
  }

  /** GET /exports/…: downloads (CSV files, attachments) for the roles each route names. */
  async function download(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
    const route = exportRoutes.find((r) => r.pattern.test(url.pathname));
    if (!route || req.method !== 'GET') return sendJson(res, 404, { error: 'Introuvable.', requestId });
    const em = orm.em.fork();
    const viewer = await viewerOf(req, em);
    if (!viewer) return sendJson(res, 401, { error: 'Vous devez vous connecter.', requestId });
    if (!viewer.roles.some((r) => route.roles.includes(r))) return sendJson(res, 403, { error: "Vous n'avez pas le droit de télécharger ce fichier.", requestId });
    applyScope(em, viewer);
    try {
      const file = await route.produce(em, route.pattern.exec(url.pathname)!.slice(1));
      res.statusCode = 200;
      res.setHeader('content-type', file.contentType ?? 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', contentDisposition(file.fileName));
      res.setHeader('cache-control', 'no-store');
      res.end(file.body);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      sendJson(res, error.code === 'NOT_FOUND' ? 404 : error.code === 'FORBIDDEN' ? 403 : 400, { error: error.message, code: error.code, requestId });
    }
  }

  async function health(res: ServerResponse) {
    try {
      await Promise.race([
        orm.em.getConnection().execute('select 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database timeout')), 2000).unref()),
      ]);
      sendJson(res, 200, { status: 'ok', database: 'up' });
    } catch (error) {
      logger.warn('health check failed', describeError(error));
      sendJson(res, 503, { status: 'unavailable', database: 'down' });
    }
  }

  /** GET /auth/oidc/start and /auth/oidc/callback: agent single sign-on (modules/identity/oidc.ts). */
  const oidcRoutes = createOidcRoutes({
    config,
    orm,
    sessionCookie: (token) => sessionCookie(config, token),
    clientInfo: (req) => ({ ip: clientAddress(req, config), userAgent: req.headers['user-agent'] ?? null }),
    previousSessionToken: sessionTokenOf,
    cookies: (req) => parseCookies(req.headers.cookie),
  });

  const publicBody = cachedPublicSpaser(() => publicSpaser(orm.em.fork()));
  /** GET /public/spaser.json: the published SPASER (no sign-in, cacheable, no personal data). */
  async function publicPage(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'Méthode non autorisée.' });
    const body = await publicBody();
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'public, max-age=300');
    res.setHeader('access-control-allow-origin', '*');
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return createServer((req, res) => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    securityHeaders(res, config);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const done = (error: unknown) => {
      logger.error('request failed', { requestId, path: url.pathname, ...describeError(error) });
      if (res.headersSent) res.end();
      else if (isDatabaseUnavailable(error)) sendJson(res, 503, { error: SERVICE_UNAVAILABLE_MESSAGE, code: 'SERVICE_UNAVAILABLE', requestId });
      else sendJson(res, 500, { error: 'Erreur interne du serveur.', requestId });
    };
    if (url.pathname === '/healthz') return void health(res).catch(done);
    if (url.pathname === '/graphql') return void graphql(req, res, url, requestId).catch(done);
    if (url.pathname === '/auth/oidc/start') return void oidcRoutes.start(req, res).catch(done);
    if (url.pathname === '/auth/oidc/callback') return void oidcRoutes.callback(req, res, url).catch(done);
    if (url.pathname === '/uploads') return void upload(req, res, requestId).catch(done);
    if (url.pathname.startsWith('/exports/')) return void download(req, res, url, requestId).catch(done);
    if (url.pathname === '/public/spaser.json') return void publicPage(req, res).catch(done);
    if ((req.method === 'GET' || req.method === 'HEAD') && serveWeb) {
      return serveWeb(req, res, () => sendJson(res, 404, { error: 'Introuvable.' }));
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      return void res.end("L'application web n'est pas construite : lancez `pnpm build` (ou `pnpm start`).\n");
    }
    sendJson(res, 405, { error: 'Méthode non autorisée.' });
  });
}

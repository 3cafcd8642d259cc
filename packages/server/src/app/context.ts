import type { EntityManager } from '@mikro-orm/core';
import type { ClientInfo } from '../modules/identity/session.service.js';
import type { Mailer } from '../modules/notification/mailer.js';
import type { Viewer } from '../shared/viewer.js';
import type { Config } from './config.js';

/** Built once per request by http.ts: a forked EntityManager scoped to the viewer's supplier. */
export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  requestId: string;
  client: ClientInfo;
  config: Config;
  mailer: Mailer;
  /** The session token from the request's cookie (sign-in revokes it: rotation). */
  sessionToken: string | null;
  /** Sets (token) or clears (null) the session cookie on the response. */
  setSessionCookie(token: string | null): void;
}

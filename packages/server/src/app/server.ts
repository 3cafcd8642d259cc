import type { MikroORM } from '@mikro-orm/core';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Mailer } from '../modules/notification/mailer.js';
import { logger } from '../shared/logger.js';
import type { Config } from './config.js';
import { createApollo } from './graphql.js';
import { createHttpServer } from './http.js';
import { scheduleJobs } from './jobs.js';
import { createSchema } from './schema.js';

export interface App {
  orm: MikroORM;
  mailer: Mailer;
  http: Server;
  url: string;
  stop(): Promise<void>;
}

const MAIL_INTERVAL_MS = 30_000;
/** While stopping, how often connections that have become idle are closed. */
const IDLE_SWEEP_MS = 100;

/** Wires the pieces and listens; `stop` drains in-flight requests, then closes the database. */
export async function startApp(given: Config, orm: MikroORM, port = given.port): Promise<App> {
  const apollo = createApollo(await createSchema());
  await apollo.start();
  const mailer = new Mailer(orm, { smtpUrl: given.smtpUrl, from: given.mailFrom });
  // Links in e-mails use PUBLIC_URL, or else the address actually bound (PORT=0 picks one).
  const config = { ...given };
  const http = createHttpServer({ config, orm, apollo, mailer });
  http.keepAliveTimeout = 5_000;
  http.requestTimeout = 30_000;
  await new Promise<void>((resolve) => http.listen(port, resolve));
  const url = `http://localhost:${(http.address() as AddressInfo).port}`;
  if (!config.publicUrlSet) config.publicUrl = url;
  const timer = setInterval(() => mailer.kick(), MAIL_INTERVAL_MS);
  timer.unref();
  mailer.kick();
  const stopJobs = !config.runJobs ? () => {} : scheduleJobs(orm, config.publicUrl, () => mailer.kick());

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      clearInterval(timer);
      stopJobs();
      // Every answer from now on closes its connection, and connections are closed as soon as they
      // are idle: otherwise a kept-alive client would hold the stop until its keep-alive timeout.
      http.prependListener('request', (_req, res) => res.setHeader('connection', 'close'));
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      const idle = setInterval(() => http.closeIdleConnections(), IDLE_SWEEP_MS);
      const force = setTimeout(() => http.closeAllConnections(), 10_000);
      await closed;
      clearInterval(idle);
      clearTimeout(force);
      await apollo.stop();
      await mailer.idle();
      mailer.close();
      await orm.close();
      logger.info('stopped');
    })());
  return { orm, mailer, http, url, stop };
}

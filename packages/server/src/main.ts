import 'reflect-metadata';
import { loadConfig } from './app/config.js';
import { migrate, openOrm } from './app/orm.config.js';
import { startApp } from './app/server.js';
import { DEMO_PASSWORD, demoAccounts, isEmptyDatabase, seedDemo } from './modules/demo/demo-data.js';
import { describeError, logger } from './shared/logger.js';

/** Process entry: config → database (migrated; demo data into an empty one outside production) → HTTP. */
async function main() {
  const config = loadConfig();
  const orm = await openOrm(config.database);
  const applied = await migrate(orm);
  if (applied.length) logger.info('migrations applied', { migrations: applied });

  const app = await startApp(config, orm);
  // Demo data after listening, so that its links carry the address actually bound (PORT=0).
  const em = orm.em.fork();
  if (config.env !== 'production' && (await isEmptyDatabase(em))) {
    await seedDemo(em, config.env, undefined, config.publicUrlSet ? config.publicUrl : app.url);
    const lines = demoAccounts().map((a) => `  ${a.email.padEnd(44)} ${a.role}`);
    console.log(`\nDemo data created. Every account's password: ${DEMO_PASSWORD}\n${lines.join('\n')}\n`);
  }
  logger.info('listening', { url: app.url, database: config.database.dialect, mail: config.smtpUrl ? 'smtp' : 'development outbox' });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info('shutting down', { signal });
      app.stop().then(
        () => process.exit(0),
        (error) => {
          logger.error('shutdown failed', describeError(error));
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error) => {
  logger.error('start failed', describeError(error));
  process.exit(1);
});

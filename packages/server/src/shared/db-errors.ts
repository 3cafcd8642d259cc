/** What a client is told while the database cannot be reached (HTTP 503, code SERVICE_UNAVAILABLE). */
export const SERVICE_UNAVAILABLE_MESSAGE = 'Service momentanément indisponible. Réessayez dans un instant.';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** PostgreSQL SQLSTATEs: too many connections; shutting down, crashed, starting up (class 08 is checked apart). */
const UNAVAILABLE_STATES = new Set(['53300', '57P01', '57P02', '57P03']);
/** The pg client, the knex pool and better-sqlite3 say it in words only. */
const UNAVAILABLE_TEXT =
  /Connection terminated|Client has encountered a connection error|Client was closed|Timeout acquiring a connection|Unable to acquire a connection|database connection is not open|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * Whether an error means the database is out of reach for now (stopped, restarting, out of
 * connections) rather than a bug: the request fails with 503 and may simply be tried again.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  const code = String((error as { code?: unknown }).code ?? '');
  if (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  if (UNAVAILABLE_TEXT.test(error.message)) return true;
  return isDatabaseUnavailable((error as { cause?: unknown }).cause, depth + 1);
}

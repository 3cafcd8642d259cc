import type { Config } from './config.js';

/** The session cookie's name: with the __Host- prefix behind TLS. */
export function cookieName(config: Config): string {
  return config.secureCookies ? '__Host-spaser_session' : 'spaser_session';
}

/** Cookies of a request; a malformed escape keeps the raw value rather than failing the request. */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i <= 0) continue;
    const value = part.slice(i + 1).trim();
    try {
      out[part.slice(0, i).trim()] = decodeURIComponent(value);
    } catch {
      out[part.slice(0, i).trim()] = value;
    }
  }
  return out;
}

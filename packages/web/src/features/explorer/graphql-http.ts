/**
 * The explorer talks to POST /graphql as any script would: JSON in, JSON out, the session cookie
 * of this browser (the same-origin default). No Apollo cache: what the server says is shown as is.
 */
export interface Answer {
  status: number;
  /** The body, pretty-printed when it is JSON. */
  text: string;
  /** The messages of the GraphQL errors, with their code when there is one. */
  errors: string[];
  json: unknown;
}

export type Variables = { ok: true; value: Record<string, unknown> | undefined } | { ok: false; problem: 'invalid' | 'notObject'; detail?: string };

/** The variables typed in the box: empty means none; otherwise a JSON object. */
export function parseVariables(text: string): Variables {
  if (!text.trim()) return { ok: true, value: undefined };
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, problem: 'notObject' };
    return { ok: true, value: value as Record<string, unknown> };
  } catch (error) {
    return { ok: false, problem: 'invalid', detail: error instanceof Error ? error.message : undefined };
  }
}

/** The GraphQL errors of a response body: "message (CODE)". */
export function errorsOf(json: unknown): string[] {
  const errors = json && typeof json === 'object' ? (json as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(errors)) return [];
  return errors.map((e: unknown) => {
    const { message, extensions } = (e ?? {}) as { message?: unknown; extensions?: { code?: unknown } };
    const text = typeof message === 'string' ? message : JSON.stringify(e);
    return typeof extensions?.code === 'string' ? `${text} (${extensions.code})` : text;
  });
}

/** Reads a response: JSON pretty-printed, anything else as text. */
export function readAnswer(status: number, body: string): Answer {
  try {
    const json: unknown = JSON.parse(body);
    return { status, text: JSON.stringify(json, null, 2), errors: errorsOf(json), json };
  } catch {
    return { status, text: body, errors: [], json: null };
  }
}

export async function postGraphQL(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<Answer> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(variables ? { query, variables } : { query }),
    signal,
  });
  return readAnswer(response.status, await response.text());
}

import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The server's messages are written for users (in French); anything else is a network problem. */
export function serverMessages(error: unknown): string[] | null {
  return CombinedGraphQLErrors.is(error) ? error.errors.map((e) => e.message) : null;
}

export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Per-field problems from a BAD_USER_INPUT error: `details.fields` (input validation) lists
 * `{ field, problems }`; `details.field` names the one field a domain rule refused.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!CombinedGraphQLErrors.is(error)) return out;
  for (const e of error.errors) {
    const details = e.extensions?.details as { field?: unknown; fields?: unknown } | undefined;
    if (typeof details?.field === 'string') out[details.field] = e.message;
    if (Array.isArray(details?.fields)) {
      for (const f of details.fields as { field?: unknown; problems?: unknown }[]) {
        if (typeof f.field === 'string' && Array.isArray(f.problems)) out[f.field] = f.problems.join(' ');
      }
    }
  }
  return out;
}

/**
 * The list of problems a BAD_USER_INPUT error carries in `details.problems`: survey answers give
 * `{ questionId, problem }`, a questionnaire gives its problems as sentences.
 */
export function detailProblems(error: unknown): unknown[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const problems = (e.extensions?.details as { problems?: unknown } | undefined)?.problems;
    return Array.isArray(problems) ? problems : [];
  });
}

import { describe, expect, it } from 'vitest';
import { errorsOf, parseVariables, readAnswer } from './graphql-http';
import { examples, variablesText } from './examples';

describe('the explorer and the GraphQL endpoint', () => {
  it('reads the variables box: empty, an object, or a problem', () => {
    expect(parseVariables('  ')).toEqual({ ok: true, value: undefined });
    expect(parseVariables('{ "year": 2021 }')).toEqual({ ok: true, value: { year: 2021 } });
    expect(parseVariables('[1]')).toEqual({ ok: false, problem: 'notObject' });
    expect(parseVariables('null')).toEqual({ ok: false, problem: 'notObject' });
    const invalid = parseVariables('{ year: 2021 }');
    expect(invalid.ok).toBe(false);
    expect(!invalid.ok && invalid.problem).toBe('invalid');
  });

  it('pretty-prints a JSON answer and lists its errors with their codes', () => {
    const answer = readAnswer(200, '{"data":null,"errors":[{"message":"Accès refusé.","extensions":{"code":"FORBIDDEN"}},{"message":"Autre"}]}');
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('{\n  "data": null,\n  "errors": [\n    {\n      "message": "Accès refusé.",\n      "extensions": {\n        "code": "FORBIDDEN"\n      }\n    },\n    {\n      "message": "Autre"\n    }\n  ]\n}');
    expect(answer.errors).toEqual(['Accès refusé. (FORBIDDEN)', 'Autre']);
    expect(errorsOf({ data: { viewer: null } })).toEqual([]);
  });

  it('shows an answer that is not JSON as it is', () => {
    expect(readAnswer(502, 'Bad gateway')).toEqual({ status: 502, text: 'Bad gateway', errors: [], json: null });
  });

  it("offers examples, the first one this year's report", () => {
    const [report, ...others] = examples(2026);
    expect(report!.query).toContain('spaserReport(year: $year)');
    expect(variablesText(report!.variables)).toBe('{\n  "year": 2026\n}');
    expect(others.map((e) => e.key)).toEqual(['trend', 'viewer', 'tokens']);
    expect(variablesText(null)).toBe('');
  });
});

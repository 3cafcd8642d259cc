import { describe, expect, it } from 'vitest';
import { browsableTypes, exampleFor, namedType, type SchemaDoc, type TypeRef, typeLabel } from './schema-docs';

const named = (name: string, kind = 'SCALAR'): TypeRef => ({ kind, name, ofType: null });
const nonNull = (ofType: TypeRef): TypeRef => ({ kind: 'NON_NULL', name: null, ofType });
const list = (ofType: TypeRef): TypeRef => ({ kind: 'LIST', name: null, ofType });
const field = (name: string, type: TypeRef, args: { name: string; type: TypeRef; defaultValue?: string }[] = []) => ({
  name,
  description: null,
  type,
  isDeprecated: false,
  deprecationReason: null,
  args: args.map((a) => ({ description: null, defaultValue: null, ...a })),
});
const object = (name: string, fields: ReturnType<typeof field>[], kind = 'OBJECT') => ({ kind, name, description: null, fields, inputFields: null, enumValues: null });

const schema: SchemaDoc = {
  queryType: { name: 'Query' },
  mutationType: { name: 'Mutation' },
  types: [
    object('Query', [
      field('spaserReport', nonNull(named('SpaserReport', 'OBJECT')), [{ name: 'year', type: nonNull(named('Int')) }]),
      field('apiTokens', nonNull(named('ApiTokenConnection', 'OBJECT')), [
        { name: 'first', type: named('Int') },
        { name: 'after', type: named('String') },
      ]),
      field('tokens', list(named('ApiToken', 'OBJECT')), [{ name: 'input', type: nonNull(named('TokenFilter', 'INPUT_OBJECT')) }]),
    ]),
    object('Mutation', [field('signOut', nonNull(named('Boolean')))]),
    object('SpaserReport', [
      field('year', nonNull(named('Int'))),
      field('payments', nonNull(named('PaymentFigures', 'OBJECT'))),
      field('byYear', named('Int'), [{ name: 'year', type: nonNull(named('Int')) }]),
    ]),
    object('PaymentFigures', [field('averageDelayDays', named('Float')), field('lateInterestOwed', named('Money', 'OBJECT'))]),
    object('Money', [field('amount', nonNull(named('String'))), field('currency', nonNull(named('String')))]),
    object('ApiTokenConnection', [field('totalCount', nonNull(named('Int'))), field('edges', nonNull(list(nonNull(named('ApiTokenEdge', 'OBJECT')))))]),
    object('ApiTokenEdge', [field('node', nonNull(named('ApiToken', 'OBJECT')))]),
    object('ApiToken', [field('name', nonNull(named('String'))), field('roles', nonNull(list(nonNull(named('Role', 'ENUM')))))]),
    { kind: 'ENUM', name: 'Role', description: null, fields: null, inputFields: null, enumValues: [{ name: 'ADMIN', description: null }] },
    {
      kind: 'INPUT_OBJECT',
      name: 'TokenFilter',
      description: null,
      fields: null,
      enumValues: null,
      inputFields: [
        { name: 'role', description: null, defaultValue: null, type: nonNull(named('Role', 'ENUM')) },
        { name: 'search', description: null, defaultValue: null, type: named('String') },
      ],
    },
    { kind: 'SCALAR', name: 'Int', description: null, fields: null, inputFields: null, enumValues: null },
    { kind: 'SCALAR', name: 'Float', description: null, fields: null, inputFields: null, enumValues: null },
    { kind: 'SCALAR', name: 'String', description: null, fields: null, inputFields: null, enumValues: null },
    { kind: 'SCALAR', name: 'Boolean', description: null, fields: null, inputFields: null, enumValues: null },
    object('__Type', []),
  ],
};

const queryField = (name: string) => schema.types[0]!.fields!.find((f) => f.name === name)!;

describe('schema documentation', () => {
  it('writes types as GraphQL does and finds the named type', () => {
    const roles = nonNull(list(nonNull(named('Role', 'ENUM'))));
    expect(typeLabel(roles)).toBe('[Role!]!');
    expect(typeLabel(named('Int'))).toBe('Int');
    expect(namedType(roles)).toBe('Role');
  });

  it('lists the roots first, then the types by name, without introspection types, filtered by name', () => {
    const names = browsableTypes(schema).map((t) => t.name);
    expect(names.slice(0, 3)).toEqual(['Query', 'Mutation', 'ApiToken']);
    expect(names).not.toContain('__Type');
    expect(browsableTypes(schema, ' report ').map((t) => t.name)).toEqual(['SpaserReport']);
    expect(browsableTypes(schema, 'zzz')).toEqual([]);
  });

  it("writes an example query with the field's required arguments as variables", () => {
    const { query, variables } = exampleFor(schema, queryField('spaserReport'), 'query', 2026);
    expect(query).toBe(
      [
        'query SpaserReport($year: Int!) {',
        '  spaserReport(year: $year) {',
        '    year',
        '    payments {',
        '      averageDelayDays',
        '      lateInterestOwed {',
        '        amount',
        '        currency',
        '      }',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    );
    expect(variables).toEqual({ year: 2026 });
  });

  it('walks a connection down to its nodes and leaves optional arguments out', () => {
    const { query, variables } = exampleFor(schema, queryField('apiTokens'));
    expect(query).toContain('  apiTokens {\n    totalCount\n    edges {\n      node {\n        name\n        roles\n      }\n    }\n  }');
    expect(variables).toEqual({});
  });

  it('samples an input object with its required fields, an enum with its first value', () => {
    const { query, variables } = exampleFor(schema, queryField('tokens'));
    expect(query.startsWith('query Tokens($input: TokenFilter!) {\n  tokens(input: $input) {')).toBe(true);
    expect(variables).toEqual({ input: { role: 'ADMIN' } });
  });
});

/**
 * The schema as the introspection query returns it, and what the explorer does with it: type
 * labels ("[Role!]!"), the list of types to browse, an example query for a field. Plain data, no
 * graphql-js: the explorer adds nothing heavy to the app.
 */
export interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

export interface InputValueDoc {
  name: string;
  description: string | null;
  type: TypeRef;
  defaultValue: string | null;
}

export interface FieldDoc {
  name: string;
  description: string | null;
  args: InputValueDoc[];
  type: TypeRef;
  isDeprecated: boolean;
  deprecationReason: string | null;
}

export interface TypeDoc {
  kind: string;
  name: string;
  description: string | null;
  fields: FieldDoc[] | null;
  inputFields: InputValueDoc[] | null;
  enumValues: { name: string; description: string | null }[] | null;
}

export interface SchemaDoc {
  queryType: { name: string } | null;
  mutationType: { name: string } | null;
  types: TypeDoc[];
}

/** Enough levels of `ofType` for a [[X!]!]! type. */
export const INTROSPECTION_QUERY = `query ExplorerSchema {
  __schema {
    queryType { name }
    mutationType { name }
    types {
      kind
      name
      description
      fields(includeDeprecated: true) {
        name
        description
        isDeprecated
        deprecationReason
        args { ...InputValue }
        type { ...TypeRef }
      }
      inputFields { ...InputValue }
      enumValues { name description }
    }
  }
}

fragment InputValue on __InputValue {
  name
  description
  defaultValue
  type { ...TypeRef }
}

fragment TypeRef on __Type {
  kind
  name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
}`;

/** A type as GraphQL writes it: "[Role!]!". */
export function typeLabel(ref: TypeRef): string {
  if (ref.kind === 'NON_NULL' && ref.ofType) return `${typeLabel(ref.ofType)}!`;
  if (ref.kind === 'LIST' && ref.ofType) return `[${typeLabel(ref.ofType)}]`;
  return ref.name ?? '?';
}

/** The named type under the lists and non-nulls. */
export function namedType(ref: TypeRef): string {
  let r: TypeRef | null = ref;
  while (r && !r.name) r = r.ofType;
  return r?.name ?? '?';
}

const isRequired = (v: InputValueDoc) => v.type.kind === 'NON_NULL' && v.defaultValue === null;

/** The types worth browsing: no introspection types; the roots first, then by name. */
export function browsableTypes(schema: SchemaDoc, filter = ''): TypeDoc[] {
  const roots = [schema.queryType?.name, schema.mutationType?.name].filter(Boolean) as string[];
  const needle = filter.trim().toLowerCase();
  return schema.types
    .filter((t) => !t.name.startsWith('__'))
    .filter((t) => !needle || t.name.toLowerCase().includes(needle))
    .sort((a, b) => {
      const ra = roots.indexOf(a.name);
      const rb = roots.indexOf(b.name);
      if (ra !== rb) return (ra < 0 ? roots.length : ra) - (rb < 0 ? roots.length : rb);
      return a.name.localeCompare(b.name);
    });
}

const LEAF_KINDS = new Set(['SCALAR', 'ENUM']);

/**
 * What to ask of a value of this type: every field without required arguments, down to `depth`
 * levels of objects (an object with nothing to ask at the last level is left out).
 */
function selection(types: Map<string, TypeDoc>, ref: TypeRef, depth: number, indent: string): string | null {
  const type = types.get(namedType(ref));
  if (!type || LEAF_KINDS.has(type.kind)) return '';
  if (type.kind === 'UNION') return ` {\n${indent}  __typename\n${indent}}`;
  if (depth <= 0) return null;
  const lines: string[] = [];
  for (const field of type.fields ?? []) {
    if (field.isDeprecated || field.args.some(isRequired)) continue;
    const inner = selection(types, field.type, depth - 1, `${indent}  `);
    if (inner !== null) lines.push(`${indent}  ${field.name}${inner}`);
  }
  return lines.length ? ` {\n${lines.join('\n')}\n${indent}}` : null;
}

/** A value to start from for a required argument. */
export function sampleValue(types: Map<string, TypeDoc>, ref: TypeRef, name: string, year: number): unknown {
  if (ref.kind === 'NON_NULL' && ref.ofType) return sampleValue(types, ref.ofType, name, year);
  if (ref.kind === 'LIST' && ref.ofType) return [sampleValue(types, ref.ofType, name, year)];
  const type = types.get(ref.name ?? '');
  if (type?.kind === 'ENUM') return type.enumValues?.[0]?.name ?? '';
  if (type?.kind === 'INPUT_OBJECT') {
    return Object.fromEntries((type.inputFields ?? []).filter(isRequired).map((f) => [f.name, sampleValue(types, f.type, f.name, year)]));
  }
  switch (ref.name) {
    case 'Int':
      return /year|from|to/i.test(name) ? year : /first|last|limit/i.test(name) ? 10 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    default:
      return '';
  }
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * An example operation for a root field: its required arguments as variables (with values to
 * start from), and a selection of its result's fields.
 */
export function exampleFor(schema: SchemaDoc, field: FieldDoc, operation: 'query' | 'mutation' = 'query', year = new Date().getFullYear()) {
  const types = new Map(schema.types.map((t) => [t.name, t]));
  const required = field.args.filter(isRequired);
  const declarations = required.map((a) => `$${a.name}: ${typeLabel(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const body = selection(types, field.type, 3, '  ') ?? ` {\n    __typename\n  }`;
  const query = `${operation} ${pascal(field.name)}${declarations ? `(${declarations})` : ''} {\n  ${field.name}${args ? `(${args})` : ''}${body}\n}`;
  const variables = Object.fromEntries(required.map((a) => [a.name, sampleValue(types, a.type, a.name, year)]));
  return { query, variables };
}

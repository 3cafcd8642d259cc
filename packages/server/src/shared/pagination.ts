import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { isLocalDate } from './calendar.js';
import { badInput } from './errors.js';

/** Every list is a cursor connection with a capped page size (SPEC §6). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw badInput(`« first » doit être un entier entre 1 et ${MAX_PAGE_SIZE}.`, { field: 'first' });
  }
  return n;
}

/** Opaque to clients: the sort key of the last row seen (keyset pagination, stable under inserts). */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What each part of a sort key must be: a cursor forged with other values would reach SQL (PostgreSQL fails on the casts). */
export type CursorPart = 'string' | 'integer' | 'time' | 'day' | 'id';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PART: Record<CursorPart, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string' && !v.includes('\u0000'),
  integer: (v) => Number.isSafeInteger(v),
  /** Milliseconds a Date can hold. */
  time: (v) => Number.isSafeInteger(v) && Math.abs(v as number) <= 8.64e15,
  day: (v) => typeof v === 'string' && isLocalDate(v),
  id: (v) => typeof v === 'string' && UUID.test(v),
};

export function decodeCursor(cursor: string, parts: readonly CursorPart[]): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === parts.length && parts.every((p, i) => PART[p](key[i]))) return key as (string | number)[];
  } catch {
    // fall through
  }
  throw badInput('Curseur de pagination invalide.', { field: 'after' });
}

@ObjectType({ description: 'Where a page stands in its list.', simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A `<Name>Connection` type with `edges { cursor node }`, `pageInfo` and `totalCount`. */
export function Connection<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page.`, simpleResolvers: true })
  class Edge {
    @Field(() => String, { description: 'The position of this node, for `after`.' })
    cursor!: string;

    @Field(() => Node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} records.`, simpleResolvers: true })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The records of this page, in order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether more pages follow.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many records match, over all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Builds a connection from rows fetched with one extra row (to know whether a next page exists). */
export function toConnection<T>(rows: T[], size: number, totalCount: number, keyOf: (row: T) => (string | number)[]): ConnectionShape<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return { edges, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}

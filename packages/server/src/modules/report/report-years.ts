import type { Knex } from '@mikro-orm/knex';
import { yearBounds } from './report-rules.js';

/**
 * The SQL that sorts rows into the report's years, so that a range of years costs the same
 * statements as one year: each year ends where `yearBounds` says (a calendar day, or the instant
 * it begins in Paris for timestamps), exactly the bounds a single year uses.
 */
export interface YearSpan {
  years: number[];
  /** First day of the first year and first day after the last, as `yearBounds` gives them. */
  from: string;
  to: string;
}

export function yearSpan(first: number, last: number): YearSpan {
  if (last < first) throw new RangeError(`years out of order: ${first}–${last}`);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  // yearBounds refuses a year out of range, and so guarantees the integers written into the SQL below.
  return { years, from: yearBounds(first).from, to: yearBounds(last).to };
}

/**
 * `case when column < end of year 1 then year 1 … end`: the year of a value already bounded to the
 * span; `edge` turns a calendar day into the column's kind of value (a day, an instant).
 * `clamped`: values before the span give the year before it, values after it the year after it.
 */
export function yearOf(knex: Knex, column: string, span: YearSpan, edge: (day: string) => unknown = (day) => day, clamped = false): Knex.Raw {
  const whens = span.years.map((y) => `when ?? < ? then ${y}`);
  const bindings: unknown[] = span.years.flatMap((y) => [column, edge(yearBounds(y).to)]);
  if (clamped) {
    whens.unshift(`when ?? < ? then ${span.years[0]! - 1}`);
    bindings.unshift(column, edge(span.from));
  }
  return knex.raw(`case ${whens.join(' ')} else ${clamped ? span.years.at(-1)! + 1 : 'null'} end`, bindings as Knex.RawBinding[]);
}

/** The span's years as a relation `yr(y)`, to count a row (a running contract) in each year it touches. */
export const yearsTable = (knex: Knex, span: YearSpan): Knex.Raw => knex.raw(`(${span.years.map((y) => `select ${y} as y`).join(' union all ')}) as yr`);

/** One figure set per year of the span, from rows keyed by `y` (a year without rows gets the empty row). */
export function byYear<R extends Record<string, unknown>, F>(span: YearSpan, rows: R[], figures: (rows: R[], year: number) => F): Map<number, F> {
  return new Map(span.years.map((year) => [year, figures(rows.filter((r) => Number(r.y) === year), year)]));
}

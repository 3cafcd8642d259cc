import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { isLocalDate } from './calendar.js';

/** Instants (timestamps, UTC ISO 8601). */
export const DateTime = GraphQLDateTimeISO;

const badDay = (value: unknown) => new GraphQLError(`Date invalide : ${JSON.stringify(value)?.slice(0, 40)} (attendu AAAA-MM-JJ, un jour qui existe).`, { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * Calendar days (Europe/Paris), `YYYY-MM-DD`. What clients send is checked strictly (the day must
 * exist); what the server sends comes from date columns and the calendar rules, so it is written
 * out as is: the list page sends hundreds of them, and a regular expression on each was a
 * measurable share of its time.
 */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`.',
  serialize: (value) => {
    if (typeof value === 'string' && value.length === 10) return value;
    throw new GraphQLError(`LocalDate cannot represent ${String(value).slice(0, 40)}`);
  },
  parseValue: (value) => {
    if (typeof value === 'string' && isLocalDate(value)) return value;
    throw badDay(value);
  },
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING && isLocalDate(ast.value)) return ast.value;
    throw badDay(ast.kind === Kind.STRING ? ast.value : ast.kind);
  },
});

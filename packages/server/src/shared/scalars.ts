import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';

/** Instants (timestamps, UTC ISO 8601) and calendar days (YYYY-MM-DD, Europe/Paris). */
export const DateTime = GraphQLDateTimeISO;
export const LocalDate = GraphQLLocalDate;

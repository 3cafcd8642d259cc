import { paths } from '../../app/access';

/** The query parameter that carries the declaration being amended. */
export const AMENDS_PARAM = 'rectifie';

/** The address of the form that amends a declaration (same kind, prefilled). */
export const amendPath = (id: string) => `${paths.newDeclaration}?${AMENDS_PARAM}=${encodeURIComponent(id)}`;

/** Départements (pure rules): codes, the Region's own, and the code from a postal code. */

/** Centre-Val de Loire: Cher, Eure-et-Loir, Indre, Indre-et-Loire, Loir-et-Cher, Loiret. */
export const REGION_DEPARTMENTS: readonly string[] = ['18', '28', '36', '37', '41', '45'];

/** Metropolitan 01–95 (20 split into 2A and 2B since 1976), overseas 971–976, and the collectivities 977, 978, 984–989. */
export function isValidDepartment(code: string): boolean {
  if (/^(0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5])$/.test(code)) return true;
  if (code === '2A' || code === '2B') return true;
  return /^(97[1-8]|98[4-9])$/.test(code);
}

export function normalizeDepartment(raw: string): string {
  const code = raw.trim().toUpperCase();
  return /^\d$/.test(code) ? `0${code}` : code;
}

export const isRegionalDepartment = (department: string | null | undefined): boolean =>
  !!department && REGION_DEPARTMENTS.includes(department);

/** The département a French postal code belongs to (Corsica: 200xx–201xx → 2A, 202xx–206xx → 2B). */
export function departmentFromPostalCode(postalCode: string): string | null {
  if (!/^\d{5}$/.test(postalCode)) return null;
  if (postalCode.startsWith('97') || postalCode.startsWith('98')) return postalCode.slice(0, 3);
  if (postalCode.startsWith('20')) return Number(postalCode.slice(0, 3)) < 202 ? '2A' : '2B';
  return postalCode.slice(0, 2);
}

/** The public access request form's own checks (the server checks again, the SIRET's Luhn key included). */
export type RequestField = 'name' | 'email' | 'siret' | 'roleInCompany' | 'message';
export type RequestValues = Record<RequestField, string>;
export type Problem = 'required' | 'siretInvalid';

export const REQUIRED_FIELDS: readonly RequestField[] = ['name', 'email', 'siret', 'roleInCompany'];

export function checkRequestForm(values: RequestValues): Partial<Record<RequestField, Problem>> {
  const problems: Partial<Record<RequestField, Problem>> = {};
  for (const field of REQUIRED_FIELDS) if (!values[field].trim()) problems[field] = 'required';
  if (!problems.siret && !/^\d{14}$/.test(values.siret.replace(/[\s\u00a0\u202f.]/g, ''))) problems.siret = 'siretInvalid';
  return problems;
}

/** Words shown for a declaration: who benefited, and short excerpts. */
export interface BeneficiaryLike {
  beneficiaryAgent?: { displayName: string; direction?: string | null } | null;
  beneficiaryName?: string | null;
  beneficiaryDepartment?: string | null;
}

/** "Bruno Acheteur (Direction des achats)", a typed name with its department, or the department alone. */
export function beneficiaryText(d: BeneficiaryLike): string | null {
  const withDepartment = (name: string, department: string | null | undefined) => (department?.trim() ? `${name} (${department.trim()})` : name);
  if (d.beneficiaryAgent) return withDepartment(d.beneficiaryAgent.displayName, d.beneficiaryAgent.direction);
  if (d.beneficiaryName?.trim()) return withDepartment(d.beneficiaryName.trim(), d.beneficiaryDepartment);
  return d.beneficiaryDepartment?.trim() || null;
}

/** The start of a long text, cut between words. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : flat.slice(0, max)).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * French company identifiers (pure rules).
 * SIREN: 9 digits, Luhn. SIRET: SIREN + 5-digit establishment number, Luhn over all 14 digits —
 * except La Poste (SIREN 356000000), whose establishments' SIRETs are valid when the sum of their
 * digits is a multiple of 5 (INSEE's documented exception).
 */
export const LA_POSTE_SIREN = '356000000';

/** Removes spaces (normal, no-break, narrow no-break) and dots people type inside identifiers. */
export function normalizeIdentifier(raw: string): string {
  return raw.replace(/[\s\u00a0\u202f.]/g, '');
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function isValidSiren(value: string): boolean {
  return /^\d{9}$/.test(value) && luhnValid(value);
}

export type SiretCheck = { valid: true; siret: string; siren: string } | { valid: false; reason: string };

export function checkSiret(raw: string): SiretCheck {
  const siret = normalizeIdentifier(raw);
  if (!/^\d+$/.test(siret)) return { valid: false, reason: `SIRET « ${raw} » : seuls des chiffres sont attendus` };
  if (siret.length !== 14) return { valid: false, reason: `SIRET « ${raw} » : 14 chiffres attendus, ${siret.length} reçus` };
  const siren = siret.slice(0, 9);
  if (luhnValid(siret)) return { valid: true, siret, siren };
  if (siren === LA_POSTE_SIREN) {
    const digitSum = [...siret].reduce((s, c) => s + Number(c), 0);
    if (digitSum % 5 === 0) return { valid: true, siret, siren };
  }
  return { valid: false, reason: `SIRET « ${raw} » : clé de contrôle (Luhn) invalide` };
}

export const isValidSiret = (raw: string) => checkSiret(raw).valid;

/** Appends the Luhn check digit (demo data, tests): 8 digits give a SIREN, 13 a SIRET. */
export function withLuhnCheckDigit(digits: string): string {
  for (let d = 0; d <= 9; d++) {
    const candidate = digits + d;
    if (luhnValid(candidate)) return candidate;
  }
  throw new Error('unreachable');
}

import { describe, expect, it } from 'vitest';
import { i18next } from '../../app/i18n';
import '../../i18n/payments';
import { buildClaimLetter, letterFileName } from './claim-letter';
import { lateInvoice } from './test-fixtures';

const sender = {
  legalName: 'Menuiserie Berrichonne SARL',
  siret: '38012986600014',
  address: { line: '12 rue des Ébénistes', postalCode: '18000', city: 'Bourges' },
  signatory: 'Claire Berthon',
};
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('the claim letter', () => {
  it('claims the worked example with its computation and legal basis', () => {
    const letter = buildClaimLetter(lateInvoice, sender, '2025-06-10', i18next.getFixedT('fr'), 'fr');
    // French spacing: no line may start with a colon.
    expect(letter.subject).toMatch(/^Objet\u00a0: /);
    expect(letter.sender.map(flat)).toEqual(['Menuiserie Berrichonne SARL', '12 rue des Ébénistes', '18000 Bourges', 'SIRET : 38012986600014']);
    expect(letter.recipient.slice(0, 2)).toEqual(['Région Centre-Val de Loire', 'Direction des finances']);
    expect(letter.placeAndDate).toBe('Bourges, le 10 juin 2025');
    expect(flat(letter.references[0]!)).toBe('Facture n° F-2025-001 du 1er mars 2025, d\'un montant de 12 000,00 € TTC');
    const body = flat([...letter.paragraphs, ...letter.computation, letter.total, ...letter.request].join('\n'));
    for (const article of ['L2192-13', 'R2192-31', 'D2192-35', 'R2192-36']) expect(body).toContain(article);
    expect(body).toContain('reçue par vos services le 3 mars 2025');
    expect(body).toContain('expirait le 2 avril 2025');
    expect(body).toContain('le 22 avril 2025, soit avec 20 jours de retard');
    expect(body).toContain('12 000,00 € × 11,15 % × 20 / 365 = 73,32 €');
    expect(flat(letter.total)).toBe('Total réclamé : 113,32 €');
    expect(body).toContain('au plus tard le 6 juin 2025');
    expect(letter.signature).toContain('Claire Berthon');
  });

  it('names a safe file', () => {
    expect(letterFileName('F/2025 n°1')).toBe('reclamation-interets-F-2025-n-1.pdf');
  });
});

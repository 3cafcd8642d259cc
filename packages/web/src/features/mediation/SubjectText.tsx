import type { DisputeSubjectKind } from '../../gql/graphql';
import { formatLocalDate } from '../../shared/format';
import { useMediationT } from './mediation-i18n';
import { splitDeclarationLabel } from './mediation';

/** "Facture F-12", "Marché 2025-001 — Title", "Cadeau déclaré(e) le 3 mars 2026". */
export function useSubjectText() {
  const t = useMediationT();
  return (kind: DisputeSubjectKind, label: string): string => {
    const declaration = kind === 'DECLARATION' ? splitDeclarationLabel(label) : null;
    if (declaration) {
      return t('mediation.declarationLabel', { kind: t(`mediation.declarationKind.${declaration.kind}` as never), date: formatLocalDate(declaration.day) });
    }
    return t('mediation.subjectLabel', { kind: t(`mediation.subjectKind.${kind}`), label });
  };
}

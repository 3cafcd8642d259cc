import type { DeclarationKind } from '../../gql/graphql';
import { formatMoney } from '../../shared/money';
import { useEthicsT } from './ethics-i18n';
import type { RuleNote } from './rule-warnings';

/**
 * The rules' notes in words: `live` while the form is filled in ("with this gift, the total
 * reaches…"), `filed` on a declaration's page (what they found when it was filed).
 */
export function RuleNotes({ notes, kind, mode }: { notes: readonly RuleNote[]; kind: DeclarationKind; mode: 'live' | 'filed' }) {
  const t = useEthicsT();
  const valued = kind === 'INVITATION' ? 'INVITATION' : 'GIFT';
  const text = (note: RuleNote): string => {
    switch (note.kind) {
      case 'overCap':
        return mode === 'live'
          ? t(`ethics.rules.live.overCap.${valued}`, { total: formatMoney(note.total), cap: formatMoney(note.cap) })
          : t('ethics.rules.filed.overCap', { total: formatMoney(note.total), cap: formatMoney(note.cap) });
      case 'withinCap':
        return mode === 'live'
          ? t(`ethics.rules.live.withinCap.${valued}`, { total: formatMoney(note.total), cap: formatMoney(note.cap) })
          : t('ethics.rules.filed.withinCap', { total: formatMoney(note.total), cap: formatMoney(note.cap) });
      case 'overCapUnknown':
        return t('ethics.rules.overCapUnknown');
      case 'quietPeriod':
        return t(`ethics.rules.${mode}.quietPeriod`, { consultations: note.consultations.join(', ') || '—' });
      case 'priorityReview':
        return t(`ethics.rules.${mode}.priorityReview`, { consultations: note.consultations.join(', ') || '—' });
    }
  };
  return (
    <ul>
      {notes.map((note) => (
        <li key={note.kind}>{text(note)}</li>
      ))}
    </ul>
  );
}

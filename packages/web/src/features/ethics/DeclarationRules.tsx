import type { DeclarationDetail } from './declaration-documents';
import { FlagTags } from './DeclarationBadges';
import { useEthicsT } from './ethics-i18n';
import { ruleNotes } from './rule-warnings';
import { RuleNotes } from './RuleNotes';

/** What the rules found when it was filed (kept as it was, whatever the thresholds became). */
export function DeclarationRules({ declaration: d }: { declaration: DeclarationDetail }) {
  const t = useEthicsT();
  const notes = ruleNotes(d);
  return (
    <section aria-labelledby="declaration-rules">
      <h2 id="declaration-rules">{t('ethics.declaration.rules.title')}</h2>
      {d.flags.length ? <FlagTags flags={d.flags} /> : <p>{t('ethics.declaration.rules.none')}</p>}
      {notes.length > 0 && <RuleNotes notes={notes} kind={d.kind} mode="filed" />}
      {d.flags.length > 0 && <p className="note">{t('ethics.declaration.rules.stored')}</p>}
    </section>
  );
}

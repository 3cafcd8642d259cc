import type { DeclarationFlag } from '../../gql/graphql';
import { formatMoney, type MoneyValue } from '../../shared/money';
import { FlagTags } from './Badges';
import { useOfficeT } from './office-i18n';
import { sortedFlags } from './review';

interface Checked {
  flags: readonly DeclarationFlag[];
  cap?: MoneyValue | null;
  runningTotal?: MoneyValue | null;
  flagConsultations: readonly string[];
}

/** What the rules noticed at submission, kept as they were then: the cap of its day, the year's total, the consultations. */
export function RuleChecks({ declaration: d }: { declaration: Checked }) {
  const t = useOfficeT();
  return (
    <section aria-labelledby="declaration-checks">
      <h2 id="declaration-checks">{t('ethicsOffice.checks.title')}</h2>
      <p>{t('ethicsOffice.checks.intro')}</p>
      <FlagTags flags={d.flags} />
      {d.flags.length > 0 && (
        <ul>
          {sortedFlags(d.flags).map((flag) => (
            <li key={flag}>{t(`ethicsOffice.checks.explain.${flag}`)}</li>
          ))}
        </ul>
      )}
      {(d.cap || d.runningTotal || d.flagConsultations.length > 0) && (
        <dl className="details">
          {d.cap && (
            <>
              <dt>{t('ethicsOffice.checks.cap')}</dt>
              <dd>{formatMoney(d.cap)}</dd>
            </>
          )}
          {d.runningTotal && (
            <>
              <dt>{t('ethicsOffice.checks.runningTotal')}</dt>
              <dd>{formatMoney(d.runningTotal)}</dd>
            </>
          )}
          {d.flagConsultations.length > 0 && (
            <>
              <dt>{t('ethicsOffice.checks.consultations')}</dt>
              <dd>{d.flagConsultations.join(', ')}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { graphql } from '../../gql';
import type { CheckDeclarationQuery as CheckResult, DeclarationInput, DeclarationKind } from '../../gql/graphql';
import { type DraftField, formFieldOf } from './declaration-form';
import { useEthicsT } from './ethics-i18n';
import { isWarning, ruleNotes } from './rule-warnings';
import { RuleNotes } from './RuleNotes';
import { useDebouncedValue } from './useDebouncedValue';

const CheckDeclarationQuery = graphql(`
  query CheckDeclaration($input: DeclarationInput!) {
    checkDeclaration(input: $input) {
      flags
      consultations
      problems {
        field
        problem
      }
      cap {
        amount
        currency
      }
      runningTotal {
        amount
        currency
      }
    }
  }
`);

/** How long typing must pause before the rules are checked. */
export const CHECK_DELAY_MS = 400;

/**
 * The rules, checked on the server as the form is filled in (nothing is saved): the yearly cap
 * with the running total, a consultation's quiet period, a conflict with a consultation's agent.
 * The warnings are announced politely and never block the filing.
 */
export function LiveRuleCheck({ input, labelOf }: { input: DeclarationInput | null; labelOf: (field: DraftField) => string }) {
  const t = useEthicsT();
  const id = useId();
  const settled = useDebouncedValue(input, CHECK_DELAY_MS);
  const { data, error } = useQuery(CheckDeclarationQuery, { variables: { input: settled! }, skip: !settled, fetchPolicy: 'network-only' });
  // The last answer, with the kind it was for: kept while the next one is on its way.
  const [last, setLast] = useState<{ kind: DeclarationKind; check: CheckResult['checkDeclaration'] } | null>(null);
  useEffect(() => {
    if (data && settled) setLast({ kind: settled.kind, check: data.checkDeclaration });
  }, [data]);

  const check = input && last?.kind === input.kind ? last.check : null;
  const notes = check ? ruleNotes(check) : [];
  const warned = notes.some(isWarning);
  const toFix = check ? [...new Set(check.problems.map((p) => formFieldOf(p.field)).filter((f): f is DraftField => !!f))] : [];

  return (
    <section className="rule-check" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('ethics.check.title')}</h2>
      <p className="field__hint">{t('ethics.check.intro')}</p>
      <div role="status" aria-live="polite">
        {input && check && notes.length > 0 && (
          <div className={warned ? 'alert alert--warning' : 'alert'}>
            <p className="alert__title">{t(warned ? 'ethics.check.warningTitle' : 'ethics.check.infoTitle')}</p>
            <RuleNotes notes={notes} kind={input.kind} mode="live" />
            {warned && <p>{t('ethics.check.neverBlocks')}</p>}
          </div>
        )}
        {input && check && notes.length === 0 && <p>{t('ethics.check.nothing')}</p>}
      </div>
      {input && toFix.length > 0 && (
        <>
          <p id={`${id}-fix`}>{t('ethics.check.toFix')}</p>
          <ul aria-labelledby={`${id}-fix`}>
            {toFix.map((field) => (
              <li key={field}>{labelOf(field)}</li>
            ))}
          </ul>
        </>
      )}
      {error && <p className="note">{t('ethics.check.failed')}</p>}
    </section>
  );
}

import { Fragment, type ReactNode } from 'react';
import { formatDateTime, formatLocalDate } from '../../shared/format';
import { formatMoney } from '../../shared/money';
import { isNature } from './declaration-labels';
import type { DeclarationDetail } from './declaration-documents';
import { beneficiaryText } from './declaration-text';
import { useEthicsT } from './ethics-i18n';

/** What was declared, field by field, as filed (a declaration is never edited). */
export function DeclarationDetails({ declaration: d }: { declaration: DeclarationDetail }) {
  const t = useEthicsT();
  const rows: [string, ReactNode][] = [
    [t('ethics.declaration.fields.kind'), t(`ethics.kind.${d.kind}`)],
    [t('ethics.declaration.fields.submittedAt'), formatDateTime(d.submittedAt)],
  ];
  if (d.authorName) rows.push([t('ethics.declaration.fields.author'), d.authorName]);
  if (d.kind === 'ANTI_COMPETITIVE_PRACTICE') rows.push([t('ethics.declaration.fields.anonymous'), t(d.anonymous ? 'ethics.declaration.anonymousYes' : 'ethics.declaration.anonymousNo')]);
  if (d.what) rows.push([t(`ethics.form.what.label.${d.kind === 'INVITATION' ? 'INVITATION' : 'GIFT'}`), d.what]);
  if (d.value) rows.push([t('ethics.form.value.label'), formatMoney(d.value)]);
  if (d.eventOn) rows.push([t(`ethics.form.eventOn.label.${d.kind}`), formatLocalDate(d.eventOn)]);
  if (d.occasion) rows.push([t('ethics.form.occasion.label'), d.occasion]);
  if (d.place) rows.push([t('ethics.form.place.label'), d.place]);
  if (d.nature) rows.push([t('ethics.form.nature.label'), isNature(d.nature) ? t(`ethics.nature.${d.nature}`) : d.nature]);
  const beneficiary = beneficiaryText(d);
  if (beneficiary) rows.push([t(d.kind === 'CONFLICT_OF_INTEREST' ? 'ethics.form.beneficiary.legendConcerned' : 'ethics.form.beneficiary.legend'), beneficiary]);
  if (d.description) rows.push([t(`ethics.form.description.label.${d.kind}`), <span className="thread__body">{d.description}</span>]);

  return (
    <section aria-labelledby="declaration-details">
      <h2 id="declaration-details">{t('ethics.declaration.detailsTitle')}</h2>
      <dl className="details">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

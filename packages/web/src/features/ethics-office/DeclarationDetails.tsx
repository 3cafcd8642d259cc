import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { declarationPath } from '../../app/access';
import type { DeclarationKind, DeclarationStatus } from '../../gql/graphql';
import { formatDateTime, formatLocalDate } from '../../shared/format';
import { formatMoney, type MoneyValue } from '../../shared/money';
import { StatusBadge } from './Badges';
import { type OfficeKey, useOfficeT } from './office-i18n';

export interface DeclarationFields {
  id: string;
  kind: DeclarationKind;
  status: DeclarationStatus;
  anonymous: boolean;
  authorName?: string | null;
  supplierName?: string | null;
  submittedAt: string;
  eventOn?: string | null;
  what?: string | null;
  occasion?: string | null;
  place?: string | null;
  nature?: string | null;
  description?: string | null;
  amendsId?: string | null;
  beneficiaryAgent?: { displayName: string; direction?: string | null } | null;
  beneficiaryDepartment?: string | null;
  beneficiaryName?: string | null;
  value?: MoneyValue | null;
}

const NATURES = ['FAMILY', 'FINANCIAL', 'FORMER_EMPLOYMENT', 'OTHER'] as const;

/** Everything the supplier declared, with the labels of its kind. */
export function DeclarationDetails({ declaration: d }: { declaration: DeclarationFields }) {
  const t = useOfficeT();
  const conflict = d.kind === 'CONFLICT_OF_INTEREST';
  const report = d.kind === 'ANTI_COMPETITIVE_PRACTICE';
  const nature = NATURES.find((n) => n === d.nature);

  const rows: [OfficeKey, ReactNode][] = [
    ['ethicsOffice.details.kind', t(`ethicsOffice.kind.${d.kind}`)],
    ['ethicsOffice.details.status', <StatusBadge status={d.status} />],
    ['ethicsOffice.details.submittedAt', formatDateTime(d.submittedAt)],
    ['ethicsOffice.details.supplier', d.supplierName ?? <em>{t(d.anonymous ? 'ethicsOffice.details.hiddenAnonymous' : 'ethicsOffice.unknown')}</em>],
    ['ethicsOffice.details.author', d.authorName ?? <em>{t(d.anonymous ? 'ethicsOffice.details.hiddenAnonymous' : 'ethicsOffice.unknown')}</em>],
  ];
  if (d.what) rows.push(['ethicsOffice.details.what', d.what]);
  if (d.occasion) rows.push(['ethicsOffice.details.occasion', d.occasion]);
  if (d.place) rows.push(['ethicsOffice.details.place', d.place]);
  if (d.nature) rows.push(['ethicsOffice.details.nature', nature ? t(`ethicsOffice.nature.${nature}`) : d.nature]);
  if (d.eventOn) rows.push([conflict ? 'ethicsOffice.details.since' : 'ethicsOffice.details.eventOn', formatLocalDate(d.eventOn)]);
  if (d.value) rows.push(['ethicsOffice.details.value', formatMoney(d.value)]);
  const beneficiary = beneficiaryOf(d, t);
  if (beneficiary) rows.push([conflict ? 'ethicsOffice.details.concerned' : 'ethicsOffice.details.beneficiary', beneficiary]);
  if (d.description) rows.push(['ethicsOffice.details.description', <span className="pre-line">{d.description}</span>]);
  if (d.amendsId)
    rows.push([
      'ethicsOffice.details.amends',
      <Link to={declarationPath(d.amendsId, true)}>{t('ethicsOffice.details.amendsLink')}</Link>,
    ]);

  return (
    <section aria-labelledby="declaration-details">
      <h2 id="declaration-details">{t('ethicsOffice.details.title')}</h2>
      {report && (
        <p className="callout callout--anonymity">{t(d.anonymous ? 'ethicsOffice.details.reportAnonymous' : 'ethicsOffice.details.reportConfidential')}</p>
      )}
      <dl className="details">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

/** The agent from the directory, or the department, or the name the supplier typed (to be matched). */
function beneficiaryOf(d: DeclarationFields, t: ReturnType<typeof useOfficeT>): ReactNode {
  if (d.beneficiaryAgent)
    return (
      <>
        {d.beneficiaryAgent.displayName}
        {d.beneficiaryAgent.direction && <span className="details__note">{d.beneficiaryAgent.direction}</span>}
      </>
    );
  if (d.beneficiaryName)
    return (
      <>
        {d.beneficiaryName}
        <span className="details__note">
          {t('ethicsOffice.details.typedIn')}
          {d.beneficiaryDepartment ? ` — ${d.beneficiaryDepartment}` : ''}
        </span>
      </>
    );
  return d.beneficiaryDepartment ?? null;
}

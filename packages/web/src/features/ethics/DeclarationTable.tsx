import { Link } from 'react-router';
import { declarationPath } from '../../app/access';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { DeclarationRow_DeclarationFragment } from '../../gql/graphql';
import { formatDate, formatLocalDate } from '../../shared/format';
import { formatMoney } from '../../shared/money';
import { TableWrap } from '../../shared/ui/TableWrap';
import { DeclarationStatusBadge, FlagTags } from './DeclarationBadges';
import { isNature } from './declaration-labels';
import { beneficiaryText, excerpt } from './declaration-text';
import { type EthicsT, useEthicsT } from './ethics-i18n';

const DeclarationRowFragment = graphql(`
  fragment DeclarationRow_declaration on Declaration {
    id
    kind
    status
    submittedAt
    eventOn
    what
    nature
    description
    anonymous
    amendsId
    flags
    value {
      amount
      currency
    }
    beneficiaryAgent {
      id
      displayName
      direction
    }
    beneficiaryDepartment
    beneficiaryName
  }
`);

type Row = FragmentType<typeof DeclarationRowFragment>;

/** The words of a row's link: its kind and what it is about. */
function subject(d: DeclarationRow_DeclarationFragment, t: EthicsT): string {
  const about =
    d.kind === 'GIFT' || d.kind === 'INVITATION'
      ? d.what
      : d.kind === 'CONFLICT_OF_INTEREST'
        ? d.nature && (isNature(d.nature) ? t(`ethics.nature.${d.nature}`) : d.nature)
        : d.description && excerpt(d.description, 60);
  return about ? t('ethics.list.subject', { kind: t(`ethics.kind.${d.kind}`), about }) : t(`ethics.kind.${d.kind}`);
}

export function DeclarationTable({ rows }: { rows: readonly Row[] }) {
  const t = useEthicsT();
  return (
    <TableWrap label={t('ethics.list.tableLabel')}>
      <table className="table table--compact ethics-table">
        <thead>
          <tr>
            <th scope="col">{t('ethics.list.columns.declaration')}</th>
            <th scope="col">{t('ethics.list.columns.submittedAt')}</th>
            <th scope="col">{t('ethics.list.columns.beneficiary')}</th>
            <th scope="col" className="num">
              {t('ethics.list.columns.value')}
            </th>
            <th scope="col">{t('ethics.list.columns.status')}</th>
            <th scope="col">{t('ethics.list.columns.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const d = getFragmentData(DeclarationRowFragment, row);
            return (
              <tr key={d.id}>
                <th scope="row">
                  <Link to={declarationPath(d.id)}>{subject(d, t)}</Link>
                  {d.eventOn && <span className="details__note">{t('ethics.list.eventOn', { date: formatLocalDate(d.eventOn) })}</span>}
                  {d.amendsId && <span className="details__note">{t('ethics.list.amendment')}</span>}
                  {d.anonymous && <span className="details__note">{t('ethics.list.anonymous')}</span>}
                </th>
                <td>{formatDate(d.submittedAt)}</td>
                <td>{beneficiaryText(d) ?? '—'}</td>
                <td className="num nowrap">{d.value ? formatMoney(d.value) : '—'}</td>
                <td>
                  <DeclarationStatusBadge status={d.status} />
                </td>
                <td>{d.flags.length ? <FlagTags flags={d.flags} /> : t('ethics.list.noFlag')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

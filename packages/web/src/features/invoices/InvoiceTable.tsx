import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { invoicePath } from '../../app/access';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { InvoiceSort, SortDirection } from '../../gql/graphql';
import { formatLocalDate } from '../../shared/format';
import { formatMoney } from '../../shared/money';
import { TableWrap } from '../../shared/ui/TableWrap';
import { StatusBadge } from './StatusBadge';

export const InvoiceRowFragment = graphql(`
  fragment InvoiceRow_invoice on Invoice {
    id
    number
    invoiceDate
    status
    deadline
    daysLate
    estimate
    rateUnknown
    amountInclTax {
      amount
      currency
    }
    lateInterest {
      amount
      currency
    }
  }
`);

export interface TableRow {
  invoice: FragmentType<typeof InvoiceRowFragment>;
  supplier?: { id: string; legalName: string } | null;
}

interface Props {
  rows: TableRow[];
  backOffice: boolean;
  sort: { field: InvoiceSort; direction: SortDirection };
  /** Back-office: a link that narrows the list to one supplier. */
  supplierHref?: (supplierId: string) => string;
}

const COLUMN_SORT: Partial<Record<string, InvoiceSort>> = { number: 'NUMBER', date: 'INVOICE_DATE', amount: 'AMOUNT', deadline: 'DEADLINE' };

/** The invoices of a page of the list, one row each; the number leads to the invoice's page. */
export function InvoiceTable({ rows, backOffice, sort, supplierHref }: Props) {
  const { t } = useTranslation();
  const ariaSort = (column: string) =>
    COLUMN_SORT[column] === sort.field ? (sort.direction === 'ASC' ? ('ascending' as const) : ('descending' as const)) : undefined;

  return (
    <TableWrap label={t('invoices.tableLabel')}>
      <table className="table table--invoices">
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort('number')}>
              {t('invoices.columns.number')}
            </th>
            {backOffice && <th scope="col">{t('invoices.columns.supplier')}</th>}
            <th scope="col" aria-sort={ariaSort('date')}>
              {t('invoices.columns.invoiceDate')}
            </th>
            <th scope="col" aria-sort={ariaSort('amount')} className="num">
              {t('invoices.columns.amount')}
            </th>
            <th scope="col">{t('invoices.columns.status')}</th>
            <th scope="col" aria-sort={ariaSort('deadline')}>
              {t('invoices.columns.deadline')}
            </th>
            <th scope="col" className="num">
              {t('invoices.columns.daysLate')}
            </th>
            <th scope="col" className="num">
              {t('invoices.columns.interest')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const invoice = getFragmentData(InvoiceRowFragment, row.invoice);
            return (
              <tr key={invoice.id}>
                <th scope="row">
                  <Link to={invoicePath(invoice.id, backOffice)}>{invoice.number}</Link>
                </th>
                {backOffice && (
                  <td>{row.supplier ? supplierHref ? <Link to={supplierHref(row.supplier.id)}>{row.supplier.legalName}</Link> : row.supplier.legalName : '—'}</td>
                )}
                <td>{formatLocalDate(invoice.invoiceDate)}</td>
                <td className="num nowrap">{formatMoney(invoice.amountInclTax)}</td>
                <td>
                  <StatusBadge status={invoice.status} />
                </td>
                <td>
                  {invoice.deadline
                    ? formatLocalDate(invoice.deadline)
                    : invoice.status === 'REJECTED'
                      ? t('invoices.deadlineNone')
                      : invoice.status === 'SUSPENDED'
                        ? t('invoices.deadlineSuspended')
                        : t('invoices.deadlineUnknown')}
                </td>
                <td className="num">{invoice.daysLate}</td>
                <td className="num nowrap">
                  {invoice.lateInterest ? formatMoney(invoice.lateInterest) : t('interest.rateUnknown')}
                  {invoice.estimate && invoice.daysLate > 0 && (
                    <>
                      <br />
                      <span className="tag">{t('interest.estimate')}</span>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

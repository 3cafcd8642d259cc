import { useTranslation } from 'react-i18next';
import type { InvoiceStatus } from '../../gql/graphql';
import { STATUS_TONE } from './status';
import '../../i18n/payments';

/** A status in words (the colour is a second cue, never the only one). */
export function StatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${STATUS_TONE[status]}`}>{t(`invoiceStatus.${status}`)}</span>;
}

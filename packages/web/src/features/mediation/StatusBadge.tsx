import type { DisputeStatus } from '../../gql/graphql';
import { useMediationT } from './mediation-i18n';

const TONE: Record<DisputeStatus, string> = {
  OPEN: 'warning',
  UNDER_REVIEW: 'progress',
  RESOLVED: 'success',
  CLOSED_WITHOUT_AGREEMENT: 'neutral',
  WITHDRAWN: 'neutral',
} as Record<DisputeStatus, string>;

/** The status in words; the colour only repeats it. */
export function DisputeStatusBadge({ status }: { status: DisputeStatus }) {
  const t = useMediationT();
  return <span className={`badge badge--${TONE[status]}`}>{t(`mediation.status.${status}`)}</span>;
}

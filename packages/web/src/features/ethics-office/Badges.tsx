import type { DeclarationFlag, DeclarationStatus } from '../../gql/graphql';
import { useOfficeT } from './office-i18n';
import { sortedFlags, STATUS_TONE } from './review';

/** Where a declaration stands, in words (the colour only repeats them). */
export function StatusBadge({ status }: { status: DeclarationStatus }) {
  const t = useOfficeT();
  return <span className={`badge badge--${STATUS_TONE[status]}`}>{t(`ethicsOffice.status.${status}`)}</span>;
}

/** What the rules noticed when it was filed, most urgent first; a dash when nothing. */
export function FlagTags({ flags }: { flags: readonly DeclarationFlag[] }) {
  const t = useOfficeT();
  if (!flags.length) return <span className="note">{t('ethicsOffice.flag.none')}</span>;
  return (
    <ul className="plain">
      {sortedFlags(flags).map((flag) => (
        <li key={flag}>
          <span className="tag tag--warning">{t(`ethicsOffice.flag.${flag}`)}</span>
        </li>
      ))}
    </ul>
  );
}

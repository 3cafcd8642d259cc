import type { DeclarationFlag, DeclarationStatus } from '../../gql/graphql';
import { STATUS_TONE } from './declaration-labels';
import { useEthicsT } from './ethics-i18n';

/** Where a declaration stands, in words (the colour only repeats them). */
export function DeclarationStatusBadge({ status }: { status: DeclarationStatus }) {
  const t = useEthicsT();
  return <span className={`badge badge--${STATUS_TONE[status]}`}>{t(`ethics.status.${status}`)}</span>;
}

/** What the rules noticed when it was filed; nothing when they noticed nothing. */
export function FlagTags({ flags }: { flags: readonly DeclarationFlag[] }) {
  const t = useEthicsT();
  if (!flags.length) return null;
  return (
    <ul className="plain">
      {flags.map((flag) => (
        <li key={flag}>
          <span className="tag tag--warning">{t(`ethics.flag.${flag}`)}</span>
        </li>
      ))}
    </ul>
  );
}

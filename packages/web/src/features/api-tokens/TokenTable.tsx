import { formatDate, formatDateTime } from '../../shared/format';
import type { ApiTokenFieldsFragment } from '../../gql/graphql';
import { Button } from '../../shared/ui/Button';
import { TableWrap } from '../../shared/ui/TableWrap';
import { type IndicatorsKey, useIndicatorsT } from '../indicators/indicators-i18n';
import { tokenStatus } from './tokens';

const BADGE = { active: 'badge--success', revoked: 'badge--danger', expired: 'badge--neutral' } as const;

/** The agent's tokens: what each is, what it may do, until when, and a button to revoke it. */
export function TokenTable({ tokens, onRevoke }: { tokens: readonly ApiTokenFieldsFragment[]; onRevoke: (token: ApiTokenFieldsFragment) => void }) {
  const t = useIndicatorsT();
  const now = new Date();
  return (
    <TableWrap label={t('apiTokens.list.caption')}>
      <table className="table token-table">
        <caption>{t('apiTokens.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('apiTokens.list.name')}</th>
            <th scope="col">{t('apiTokens.list.prefix')}</th>
            <th scope="col">{t('apiTokens.list.roles')}</th>
            <th scope="col">{t('apiTokens.list.created')}</th>
            <th scope="col">{t('apiTokens.list.expires')}</th>
            <th scope="col">{t('apiTokens.list.lastUsed')}</th>
            <th scope="col">{t('apiTokens.list.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('apiTokens.list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const status = tokenStatus(token, now);
            return (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>{token.roles.map((r) => t(`apiTokens.roles.${r}` as IndicatorsKey)).join(', ')}</td>
                <td>{formatDate(token.createdAt)}</td>
                <td>{formatDate(token.expiresAt)}</td>
                <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('apiTokens.list.neverUsed')}</td>
                <td>
                  <span className={`badge ${BADGE[status]}`}>{t(`apiTokens.status.${status}`)}</span>
                  {status === 'revoked' && token.revokedAt && <span className="token-table__when"> {t('apiTokens.list.revokedOn', { date: formatDate(token.revokedAt) })}</span>}
                </td>
                <td>
                  {status === 'active' && (
                    <Button variant="danger" onClick={() => onRevoke(token)}>
                      {t('apiTokens.list.revoke')}{' '}
                      <span className="visually-hidden">{token.name}</span>
                    </Button>
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

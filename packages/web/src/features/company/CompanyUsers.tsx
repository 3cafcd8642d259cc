import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatDate, formatDateTime } from '../../shared/format';
import { Alert, ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { TableWrap } from '../../shared/ui/TableWrap';

const CompanyUsersFragment = graphql(`
  fragment CompanyUsers_supplier on Supplier {
    id
    users {
      id
      email
      displayName
      isOwner
      status
      createdAt
      lastSignInAt
    }
  }
`);

// The answer carries the list of users: the cache updates the table by itself.
const RemoveColleagueMutation = graphql(`
  mutation RemoveColleague($userId: ID!) {
    removeColleague(userId: $userId) {
      ...CompanyUsers_supplier
    }
  }
`);

const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($userId: ID!) {
    resendInvitation(userId: $userId) {
      id
      status
      createdAt
    }
  }
`);

type User = { id: string; displayName: string; email: string };

interface Props {
  supplier: FragmentType<typeof CompanyUsersFragment>;
  viewerId: string;
  isOwner: boolean;
}

export function CompanyUsers({ supplier, viewerId, isOwner }: Props) {
  const { t } = useTranslation();
  const { users } = getFragmentData(CompanyUsersFragment, supplier);
  const [toRemove, setToRemove] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [remove, removing] = useMutation(RemoveColleagueMutation);
  const [resend, resending] = useMutation(ResendInvitationMutation);

  async function confirmRemoval() {
    if (!toRemove) return;
    const result = await remove({ variables: { userId: toRemove.id } }).catch(() => null);
    if (!result?.data) return;
    setNotice(t('company.users.removed', { name: toRemove.displayName }));
    setToRemove(null);
  }

  async function resendTo(user: User) {
    if (resending.loading) return;
    setNotice(null);
    const result = await resend({ variables: { userId: user.id } }).catch(() => null);
    if (result?.data) setNotice(t('company.users.resent', { email: user.email }));
  }

  function cancelRemoval() {
    setToRemove(null);
    removing.reset();
  }

  return (
    <section aria-labelledby="company-users">
      <h2 id="company-users">{t('company.users.title')}</h2>
      {notice && (
        <Alert tone="success">
          <p>{notice}</p>
        </Alert>
      )}
      <ErrorAlert error={resending.error} />
      <TableWrap label={t('company.users.title')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('company.users.name')}</th>
              <th scope="col">{t('company.users.email')}</th>
              <th scope="col">{t('company.users.role')}</th>
              <th scope="col">{t('company.users.status')}</th>
              <th scope="col">{t('company.users.lastSignIn')}</th>
              {isOwner && <th scope="col">{t('company.users.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">{user.displayName}</th>
                <td>{user.email}</td>
                <td>{t(user.isOwner ? 'company.users.owner' : 'company.users.member')}</td>
                <td>
                  {user.status === 'ACTIVE'
                    ? t('company.users.active')
                    : t('company.users.invited', { date: formatDate(user.createdAt) })}
                </td>
                <td>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : t('company.users.never')}</td>
                {isOwner && (
                  <td>
                    <div className="table__actions">
                      {user.status === 'INVITED' && (
                        <Button variant="secondary" onClick={() => void resendTo(user)} aria-label={t('company.users.resendTo', { name: user.displayName })}>
                          {t('company.users.resend')}
                        </Button>
                      )}
                      {user.id !== viewerId && (
                        <Button variant="danger" onClick={() => setToRemove(user)} aria-label={t('company.users.removeWho', { name: user.displayName })}>
                          {t('company.users.remove')}
                        </Button>
                      )}
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <ConfirmDialog
        open={toRemove !== null}
        title={t('company.users.confirmTitle')}
        confirmLabel={t('company.users.remove')}
        busy={removing.loading}
        onConfirm={() => void confirmRemoval()}
        onCancel={cancelRemoval}
      >
        <p>{toRemove && t('company.users.confirmText', { name: toRemove.displayName, email: toRemove.email })}</p>
        <ErrorAlert error={removing.error} />
      </ConfirmDialog>
    </section>
  );
}

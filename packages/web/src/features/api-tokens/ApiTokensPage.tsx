import '../../i18n/indicators';
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { useViewer } from '../../app/viewer';
import { getFragmentData } from '../../gql';
import type { ApiTokenFieldsFragment } from '../../gql/graphql';
import { Alert, ErrorAlert } from '../../shared/ui/Alert';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { LoadMore } from '../../shared/ui/LoadMore';
import { Page } from '../../shared/ui/Page';
import { useIndicatorsT } from '../indicators/indicators-i18n';
import { type Created, CreateTokenForm } from './CreateTokenForm';
import { NewTokenSecret } from './NewTokenSecret';
import { ApiTokenFields, ApiTokensQuery, RevokeApiTokenMutation } from './token-documents';
import { TokenTable } from './TokenTable';
import { grantableRoles, PAGE_SIZE } from './tokens';
import './api-tokens.css';

/**
 * The agent's personal API tokens, for scripts: the list (a page at a time), a form to create one
 * — its secret shown once — and revocation after a confirmation.
 */
export default function ApiTokensPage() {
  const t = useIndicatorsT();
  const { t: tc } = useTranslation();
  const viewer = useViewer();
  const grantable = grantableRoles(viewer?.roles ?? []);
  const { data, loading, error, fetchMore, refetch } = useQuery(ApiTokensQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [created, setCreated] = useState<Created | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenFieldsFragment | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const [revoke, revocation] = useMutation(RevokeApiTokenMutation);
  const revokedNote = useRef<HTMLDivElement>(null);
  const page = data?.apiTokens;
  const tokens = page?.edges.map((e) => getFragmentData(ApiTokenFields, e.node)) ?? [];

  function onCreated(next: Created) {
    setCreated(next);
    setRevoked(null);
    void refetch().catch(() => undefined);
  }

  async function onConfirmRevoke() {
    if (!revoking || revocation.loading) return;
    const result = await revoke({ variables: { id: revoking.id } }).catch(() => null);
    if (!result?.data) return;
    setRevoked(revoking.name);
    setRevoking(null);
    // The revoke button is gone with the token's status: the focus goes to the confirmation.
    requestAnimationFrame(() => revokedNote.current?.focus());
  }

  return (
    <Page title={t('apiTokens.title')}>
      <p className="lead">{t('apiTokens.intro')}</p>
      <p>
        {t('apiTokens.explorer')} <Link to={paths.explorer}>{t('apiTokens.explorerLink')}</Link>
      </p>
      {created ? (
        <NewTokenSecret created={created} onDone={() => setCreated(null)} />
      ) : grantable.length > 0 ? (
        <CreateTokenForm grantable={grantable} onCreated={onCreated} />
      ) : null}
      <section aria-labelledby="tokens-title">
        <h2 id="tokens-title">{t('apiTokens.list.title')}</h2>
        <div ref={revokedNote} tabIndex={-1}>
          {revoked && (
            <Alert tone="success">
              <p>{t('apiTokens.revoke.done', { name: revoked })}</p>
            </Alert>
          )}
        </div>
        <ErrorAlert error={error} onRetry={() => refetch()} />
        <p role="status" className="count">
          {page ? t('apiTokens.list.count', { count: page.totalCount }) : loading ? tc('common.loading') : ''}
        </p>
        {tokens.length > 0 && <TokenTable tokens={tokens} onRevoke={setRevoking} />}
        <LoadMore
          page={page}
          loading={loading}
          label={t('apiTokens.list.more')}
          shown={t('apiTokens.list.shown', { shown: tokens.length, count: page?.totalCount ?? 0 })}
          fetchMore={fetchMore}
        />
      </section>
      <ConfirmDialog
        open={!!revoking}
        title={t('apiTokens.revoke.title', { name: revoking?.name ?? '' })}
        confirmLabel={t('apiTokens.revoke.confirm')}
        busy={revocation.loading}
        onConfirm={() => void onConfirmRevoke()}
        onCancel={() => {
          setRevoking(null);
          revocation.reset();
        }}
      >
        <p>{t('apiTokens.revoke.body')}</p>
        <ErrorAlert error={revocation.error} />
      </ConfirmDialog>
    </Page>
  );
}

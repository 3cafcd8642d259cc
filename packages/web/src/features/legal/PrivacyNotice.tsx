import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { graphql } from '../../gql';
import { Alert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { useLegalT } from './legal-i18n';
import './legal.css';

const PrivacyNoticeQuery = graphql(`
  query PrivacyNoticeState {
    viewer {
      id
      privacyNoticeSeenAt
    }
  }
`);

const AcknowledgePrivacyNoticeMutation = graphql(`
  mutation AcknowledgePrivacyNotice {
    acknowledgePrivacyNotice {
      id
      privacyNoticeSeenAt
    }
  }
`);

/**
 * The personal-data notice (GDPR article 13) just above the main content after a user's first
 * sign-in, until they acknowledge it; then it is recorded on the server and never shown again.
 * Not a modal: nothing is blocked, and the full text is one link away. Loaded lazily by the layout.
 */
export default function PrivacyNotice() {
  const t = useLegalT();
  const { data } = useQuery(PrivacyNoticeQuery);
  const [acknowledge, { loading, error }] = useMutation(AcknowledgePrivacyNoticeMutation);
  const viewer = data?.viewer;
  if (!viewer || viewer.privacyNoticeSeenAt) return null;

  async function onAcknowledge() {
    if (loading) return;
    const result = await acknowledge().catch(() => null);
    // The notice goes away: the focus goes on to the page's own title rather than being lost.
    if (result?.data) document.querySelector<HTMLElement>('main h1')?.focus();
  }

  return (
    <div className="privacy-notice">
      <section className="callout callout--action" aria-labelledby="privacy-notice-title">
        <h2 id="privacy-notice-title">{t('privacyNotice.title')}</h2>
        <p>{t('privacyNotice.intro')}</p>
        <ul>
          {t.list('privacyNotice.points').map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
        <p>
          <Link to={paths.privacy}>{t('privacyNotice.more')}</Link>
        </p>
        {error && (
          <Alert tone="error">
            <p>{t('privacyNotice.error')}</p>
          </Alert>
        )}
        <p>
          <Button busy={loading} onClick={() => void onAcknowledge()}>
            {t('privacyNotice.acknowledge')}
          </Button>
        </p>
      </section>
    </div>
  );
}

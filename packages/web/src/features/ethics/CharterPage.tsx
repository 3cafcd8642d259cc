import '../../i18n/ethics';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useViewer } from '../../app/viewer';
import { formatDate } from '../../shared/format';
import { Alert, ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { AcceptanceHistory } from './AcceptanceHistory';
import { AcceptCharterForm } from './AcceptCharterForm';
import { charterStanding, mustAccept } from './charter-standing';
import { CharterStanding } from './CharterStanding';
import { MyCharterStatusQuery } from './charter-documents';
import { EthicsLinks } from './EthicsLinks';
import { useEthicsT } from './ethics-i18n';
import { Markdown } from '../../shared/markdown/Markdown';
import './ethics.css';

/** The supplier's ethics home: the charter in force, where the supplier stands, accepting it, and the way to declarations and meetings. */
export default function CharterPage() {
  const t = useEthicsT();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(MyCharterStatusQuery, { fetchPolicy: 'cache-and-network' });
  const [justAccepted, setJustAccepted] = useState<number | null>(null);
  const thanks = useRef<HTMLDivElement>(null);
  const status = data?.myCharterStatus;
  const standing = status ? charterStanding(status) : null;
  const charter = status?.current;

  // The form is gone once accepted: the focus goes to the confirmation instead of the page's end.
  useEffect(() => {
    if (justAccepted !== null) thanks.current?.focus();
  }, [justAccepted]);

  return (
    <Page title={t('ethics.charter.title')}>
      <p className="lead">{t('ethics.charter.intro')}</p>
      {loading && !status && <Loading />}
      <ErrorAlert error={status ? null : error} onRetry={refetch} />
      {justAccepted !== null && (
        <div ref={thanks} tabIndex={-1}>
          <Alert tone="success">
            <p>{t('ethics.charter.accept.done', { version: justAccepted })}</p>
          </Alert>
        </div>
      )}
      {standing && (
        <section aria-labelledby="charter-standing">
          <h2 id="charter-standing" className="visually-hidden">
            {t('ethics.charter.standingTitle')}
          </h2>
          <CharterStanding standing={standing} />
        </section>
      )}
      {charter && (
        <article className="charter" aria-labelledby="charter-title">
          <h2 id="charter-title">{charter.title}</h2>
          <p className="note">{t('ethics.charter.version', { version: charter.version, date: formatDate(charter.publishedAt) })}</p>
          <Markdown source={charter.body} top={3} title={charter.title} />
        </article>
      )}
      {charter && standing && mustAccept(standing) && (
        <AcceptCharterForm version={charter.version} supplierName={viewer?.supplier?.legalName ?? null} onAccepted={setJustAccepted} />
      )}
      {status && <AcceptanceHistory history={status.history} />}
      <EthicsLinks />
    </Page>
  );
}

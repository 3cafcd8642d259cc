import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { formatDateTime } from '../../shared/format';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';

const OutboxQuery = graphql(`
  query DevOutbox {
    devOutbox(first: 50) {
      id
      recipient
      subject
      text
      createdAt
    }
  }
`);

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its web addresses turned into links. */
function Linkified({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, i) => (
        <Fragment key={i}>{i % 2 === 1 ? <a href={part}>{part}</a> : part}</Fragment>
      ))}
    </>
  );
}

export default function OutboxPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OutboxQuery, { fetchPolicy: 'cache-and-network' });
  const mails = data?.devOutbox;

  return (
    <Page title={t('outbox.title')}>
      <p>{t('outbox.intro')}</p>
      <Button variant="secondary" onClick={() => void refetch().catch(() => undefined)}>
        {t('outbox.refresh')}
      </Button>
      {loading && <Loading />}
      <ErrorAlert error={error} />
      {mails && (
        <p role="status" className="count">
          {t('outbox.count', { count: mails.length })}
        </p>
      )}
      {mails?.map((mail) => (
        <article key={mail.id} className="mail" aria-labelledby={`mail-${mail.id}`}>
          <h2 id={`mail-${mail.id}`} className="mail__subject">
            {mail.subject}
          </h2>
          <dl className="details">
            <dt>{t('outbox.recipient')}</dt>
            <dd>{mail.recipient}</dd>
            <dt>{t('outbox.date')}</dt>
            <dd>{formatDateTime(mail.createdAt)}</dd>
          </dl>
          <p className="mail__body" lang="fr">
            <Linkified text={mail.text} />
          </p>
        </article>
      ))}
    </Page>
  );
}

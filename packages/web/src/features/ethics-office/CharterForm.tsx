import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { fieldErrors } from '../../shared/errors';
import { Alert, ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { TextAreaField, TextField } from '../../shared/ui/TextField';
import { Markdown } from '../../shared/markdown/Markdown';
import { useOfficeT } from './office-i18n';

const PublishCharterMutation = graphql(`
  mutation EthicsPublishCharter($title: String!, $body: String!) {
    publishCharter(title: $title, body: $body) {
      id
      version
      title
      body
      publishedAt
    }
  }
`);

const TITLE_MAX = 200;
const BODY_MAX = 100_000;

interface Current {
  version: number;
  title: string;
  body: string;
}

/**
 * A new version of the charter, written in Markdown from the current one, with a live preview.
 * Publishing asks first: every supplier will be asked to accept the charter again.
 */
export function CharterForm({ current }: { current: Current | null }) {
  const t = useOfficeT();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const done = useRef<HTMLDivElement>(null);
  const [title, setTitle] = useState(current?.title ?? '');
  const [body, setBody] = useState(current?.body ?? '');
  const [problems, setProblems] = useState<{ title?: string; body?: string }>({});
  const [asking, setAsking] = useState(false);
  const [published, setPublished] = useState<number | null>(null);
  const [publish, { loading, error }] = useMutation(PublishCharterMutation, { refetchQueries: ['EthicsCharterVersions'], awaitRefetchQueries: true });
  const server = fieldErrors(error);
  const nextVersion = (current?.version ?? 0) + 1;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPublished(null);
    const found = {
      title: !title.trim() ? t('ethicsOffice.charterForm.titleRequired') : title.trim().length > TITLE_MAX ? t('ethicsOffice.charterForm.titleTooLong', { max: TITLE_MAX }) : undefined,
      body: !body.trim()
        ? t('ethicsOffice.charterForm.bodyRequired')
        : body.length > BODY_MAX
          ? t('ethicsOffice.charterForm.bodyTooLong')
          : current && body.trim() === current.body.trim() && title.trim() === current.title.trim()
            ? t('ethicsOffice.charterForm.unchanged')
            : undefined,
    };
    setProblems(found);
    if (found.title || found.body) {
      setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setAsking(true);
  }

  async function confirm() {
    if (loading) return;
    const result = await publish({ variables: { title: title.trim(), body } }).catch(() => null);
    setAsking(false);
    if (result?.data) {
      setPublished(result.data.publishCharter.version);
      setTimeout(() => done.current?.focus());
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('ethicsOffice.charterForm.title')}</h2>
      <p>{t('ethicsOffice.charterForm.intro')}</p>
      <div ref={done} tabIndex={-1}>
        {published !== null && (
          <Alert tone="success">
            <p>{t('ethicsOffice.charterForm.published', { version: published })}</p>
          </Alert>
        )}
      </div>
      <form ref={form} className="form form--wide" noValidate onSubmit={onSubmit}>
        <TextField
          label={t('ethicsOffice.charterForm.name')}
          required
          lang="fr"
          maxLength={TITLE_MAX}
          value={title}
          error={problems.title ?? server.title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextAreaField
          label={t('ethicsOffice.charterForm.body')}
          hint={t('ethicsOffice.charterForm.bodyHint')}
          required
          lang="fr"
          rows={16}
          className="charter-editor__text"
          value={body}
          error={problems.body ?? server.body}
          onChange={(e) => setBody(e.target.value)}
        />
        <section className="charter-preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`}>{t('ethicsOffice.charterForm.preview')}</h3>
          <div className="charter-text" lang="fr">
            {body.trim() ? <Markdown source={body} top={4} /> : <p className="note">{t('ethicsOffice.charterForm.previewEmpty')}</p>}
          </div>
        </section>
        {error && !server.title && !server.body && <ErrorAlert error={error} />}
        <Button type="submit">{t('ethicsOffice.charterForm.submit')}</Button>
      </form>
      <ConfirmDialog
        open={asking}
        title={t('ethicsOffice.charterForm.confirmTitle', { version: nextVersion })}
        confirmLabel={t('ethicsOffice.charterForm.confirm')}
        busy={loading}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        <p>{t('ethicsOffice.charterForm.confirmText')}</p>
      </ConfirmDialog>
    </section>
  );
}

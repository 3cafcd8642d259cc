import { currentLanguage } from '../../app/i18n';
import { fileKind, formatBytes } from './attachments';
import { useOfficeT } from './office-i18n';

interface Attachment {
  id: string;
  name: string;
  mediaType: string;
  bytes: number;
  url: string;
}

/** The files sent with the declaration, downloaded with the officer's session. */
export function AttachmentList({ attachments }: { attachments: readonly Attachment[] }) {
  const t = useOfficeT();
  const language = currentLanguage();
  return (
    <section aria-labelledby="declaration-attachments">
      <h2 id="declaration-attachments">{t('ethicsOffice.attachments.title')}</h2>
      {attachments.length === 0 ? (
        <p>{t('ethicsOffice.attachments.none')}</p>
      ) : (
        <ul>
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={a.url} download={a.name}>
                {t('ethicsOffice.attachments.download', { name: a.name })}
              </a>{' '}
              <span className="note">
                ({t(`ethicsOffice.attachments.kind.${fileKind(a.mediaType)}`)}, {formatBytes(a.bytes, language)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

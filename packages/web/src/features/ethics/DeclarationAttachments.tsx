import { currentLanguage } from '../../app/i18n';
import { formatBytes, kindOf } from './attachments';
import type { DeclarationDetail } from './declaration-documents';
import { useEthicsT } from './ethics-i18n';

/** The files joined to the declaration when it was filed, each to download. */
export function DeclarationAttachments({ attachments }: { attachments: DeclarationDetail['attachments'] }) {
  const t = useEthicsT();
  return (
    <section aria-labelledby="declaration-attachments">
      <h2 id="declaration-attachments">{t('ethics.attachments.title')}</h2>
      {attachments.length === 0 ? (
        <p>{t('ethics.attachments.none')}</p>
      ) : (
        <ul className="attachment-list">
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={a.url} download={a.name}>
                {t('ethics.attachments.download', { name: a.name })}
              </a>{' '}
              <span className="note">({t('ethics.attachments.meta', { kind: kindOf(a.mediaType), size: formatBytes(a.bytes, currentLanguage()) })})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

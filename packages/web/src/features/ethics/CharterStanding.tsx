import { formatDate } from '../../shared/format';
import type { Standing } from './charter-standing';
import { useEthicsT } from './ethics-i18n';

/** Where the supplier stands with the charter in force, in one sentence. */
export function CharterStanding({ standing }: { standing: Standing }) {
  const t = useEthicsT();
  switch (standing.kind) {
    case 'noCharter':
      return <p>{t('ethics.charter.standing.noCharter')}</p>;
    case 'accepted': {
      const a = standing.acceptance;
      return (
        <p className="callout callout--action">
          <span className="badge badge--success">{t('ethics.charter.badge.accepted')}</span>{' '}
          {t('ethics.charter.standing.accepted', { version: a.version, date: formatDate(a.acceptedAt), name: a.userName })}
        </p>
      );
    }
    case 'newVersion': {
      const p = standing.previous;
      return (
        <div className="callout callout--action">
          <p>
            <span className="badge badge--warning">{t('ethics.charter.badge.toAccept')}</span>{' '}
            {t('ethics.charter.standing.newVersion', { version: standing.version })}
          </p>
          <p>{t('ethics.charter.standing.previous', { version: p.version, date: formatDate(p.acceptedAt), name: p.userName })}</p>
          <p>
            <a href="#accepter">{t('ethics.charter.toForm')}</a>
          </p>
        </div>
      );
    }
    case 'never':
      return (
        <div className="callout callout--action">
          <p>
            <span className="badge badge--warning">{t('ethics.charter.badge.toAccept')}</span> {t('ethics.charter.standing.never', { version: standing.version })}
          </p>
          <p>
            <a href="#accepter">{t('ethics.charter.toForm')}</a>
          </p>
        </div>
      );
  }
}

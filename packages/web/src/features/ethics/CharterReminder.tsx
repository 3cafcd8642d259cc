import '../../i18n/ethics';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { charterStanding, mustAccept } from './charter-standing';
import { MyCharterStatusQuery } from './charter-documents';
import { useEthicsT } from './ethics-i18n';

/**
 * The supplier dashboard's card while the charter in force waits for the supplier's acceptance
 * (nothing otherwise). Loaded apart from the dashboard, with the ethics texts.
 */
export default function CharterReminder() {
  const t = useEthicsT();
  const { data } = useQuery(MyCharterStatusQuery, { fetchPolicy: 'cache-and-network' });
  const status = data?.myCharterStatus;
  const standing = status ? charterStanding(status) : null;
  if (!standing || !mustAccept(standing)) return null;
  return (
    <section aria-labelledby="dashboard-charter">
      <h2 id="dashboard-charter">{t('ethics.reminder.title')}</h2>
      <ul className="cards">
        <li className="card card--action">
          <h3 className="card__title">
            <Link to={paths.ethics}>{t('ethics.reminder.link', { version: standing.version })}</Link>
          </h3>
          <p>{t(standing.kind === 'newVersion' ? 'ethics.reminder.newVersion' : 'ethics.reminder.never')}</p>
        </li>
      </ul>
    </section>
  );
}

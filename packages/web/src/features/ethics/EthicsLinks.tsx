import { Link } from 'react-router';
import { paths } from '../../app/access';
import { useEthicsT } from './ethics-i18n';

/** From the ethics home: the supplier's declarations, a new one, and the meetings to confirm. */
export function EthicsLinks() {
  const t = useEthicsT();
  const links = [
    { to: paths.declarations, title: t('ethics.links.declarations'), text: t('ethics.links.declarationsText') },
    { to: paths.newDeclaration, title: t('ethics.links.newDeclaration'), text: t('ethics.links.newDeclarationText') },
    { to: paths.meetings, title: t('ethics.links.meetings'), text: t('ethics.links.meetingsText') },
  ];
  return (
    <section aria-labelledby="ethics-links">
      <h2 id="ethics-links">{t('ethics.links.title')}</h2>
      <ul className="cards">
        {links.map((l) => (
          <li key={l.to} className="card">
            <h3 className="card__title">
              <Link to={l.to}>{l.title}</Link>
            </h3>
            <p>{l.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

import '../../i18n/indicators';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { homeOf, paths } from '../../app/access';
import { useViewer } from '../../app/viewer';
import { formatDate } from '../../shared/format';
import { Alert, Loading } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { Markdown } from '../../shared/markdown/Markdown';
import { formatEuros } from '../indicators/charts/figures';
import { TrendCharts } from '../indicators/charts/TrendCharts';
import { useIndicatorsT } from '../indicators/indicators-i18n';
import { YearFigures } from '../indicators/YearFigures';
import { YearPicker } from '../indicators/YearPicker';
import { chosenYear, thisYear } from '../indicators/years';
import { fetchPublicSpaser, type PublicSpaser, trendYears } from './public-spaser';
import '../indicators/indicators.css';
import './public-spaser.css';

type State = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; spaser: PublicSpaser };

/** The published file, fetched once per visit (or again on "retry"). */
function usePublicSpaser(): [State, () => void] {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchPublicSpaser(controller.signal).then(
      (spaser) => setState({ status: 'ready', spaser }),
      () => !controller.signal.aborted && setState({ status: 'failed' }),
    );
    return () => controller.abort();
  }, [attempt]);
  return [state, useCallback(() => setAttempt((n) => n + 1), [])];
}

/** Who is reading: a visitor is offered the sign-in, a signed-in user the way back to their space. */
function Access() {
  const t = useIndicatorsT();
  const viewer = useViewer();
  if (viewer === undefined) return null;
  return (
    <p className="public-spaser__access">
      {viewer ? (
        <Link to={homeOf(viewer)}>{t('publicSpaser.access.back')}</Link>
      ) : (
        <>
          {t('publicSpaser.access.text')} <Link to={paths.signIn}>{t('publicSpaser.access.signIn')}</Link>
        </>
      )}
    </p>
  );
}

function Rules({ spaser }: { spaser: PublicSpaser | null }) {
  const t = useIndicatorsT();
  const days = spaser?.rules.legalPaymentDelayDays ?? 30;
  const cap = formatEuros(spaser?.rules.giftCap, undefined, true);
  return (
    <section aria-labelledby="regles" className="public-spaser__section">
      <h2 id="regles">{t('publicSpaser.rules.title')}</h2>
      <p>{t('publicSpaser.rules.intro')}</p>
      <ul className="public-spaser__rules">
        <li>
          <strong>{t('publicSpaser.rules.paymentTitle')}</strong> {t('publicSpaser.rules.payment', { days })}
        </li>
        <li>
          <strong>{t('publicSpaser.rules.lateTitle')}</strong> {t('publicSpaser.rules.late')}
        </li>
        <li>
          <strong>{t('publicSpaser.rules.giftsTitle')}</strong> {cap ? t('publicSpaser.rules.gifts', { cap }) : t('publicSpaser.rules.giftsNoCap')}
        </li>
        <li>
          <strong>{t('publicSpaser.rules.declareTitle')}</strong> {t('publicSpaser.rules.declare')}
        </li>
        <li>
          <strong>{t('publicSpaser.rules.fairTitle')}</strong> {t('publicSpaser.rules.fair')}
        </li>
        <li>
          <strong>{t('publicSpaser.rules.meetingsTitle')}</strong> {t('publicSpaser.rules.meetings')}
        </li>
        <li>
          <strong>{t('publicSpaser.rules.charterTitle')}</strong> {t('publicSpaser.rules.charter')}
        </li>
      </ul>
    </section>
  );
}

function Charter({ charter }: { charter: PublicSpaser['charter'] }) {
  const t = useIndicatorsT();
  if (!charter) {
    return (
      <section aria-labelledby="charte" className="public-spaser__section">
        <h2 id="charte">{t('publicSpaser.charter.title')}</h2>
        <p>{t('publicSpaser.charter.none')}</p>
      </section>
    );
  }
  return (
    <article aria-labelledby="charte" className="public-spaser__section public-charter">
      <p className="public-charter__kicker">{t('publicSpaser.charter.title')}</p>
      <h2 id="charte">{charter.title}</h2>
      <p className="note">
        {charter.publishedAt
          ? t('publicSpaser.charter.version', { version: charter.version, date: formatDate(charter.publishedAt) })
          : t('publicSpaser.charter.versionOnly', { version: charter.version })}
      </p>
      <Markdown source={charter.body} top={3} title={charter.title} />
    </article>
  );
}

function Indicators({ spaser }: { spaser: PublicSpaser }) {
  const t = useIndicatorsT();
  const [params, setParams] = useSearchParams();
  const current = thisYear();
  const years = spaser.years.map((y) => y.year);
  const year = chosenYear(params.get('annee'), years, current);
  const report = spaser.years.find((y) => y.year === year);
  const trend = trendYears(spaser.years);
  const days = spaser.rules.legalPaymentDelayDays;

  if (!report) {
    return (
      <section aria-labelledby="indicateurs" className="public-spaser__section">
        <h2 id="indicateurs">{t('publicSpaser.indicators.titleNone')}</h2>
        <p>{t('publicSpaser.indicators.none')}</p>
      </section>
    );
  }
  return (
    <>
      <section aria-labelledby="indicateurs" className="public-spaser__section">
        <h2 id="indicateurs">{t('publicSpaser.indicators.title', { year: report.year })}</h2>
        <p>{t('publicSpaser.indicators.intro')}</p>
        <YearPicker years={years} value={report.year} onChange={(y) => setParams({ annee: String(y) }, { preventScrollReset: true })} />
        {report.year === current && <p className="callout">{t('indicators.currentYear', { year: current })}</p>}
        <YearFigures report={report} level={3} legalDays={days} />
      </section>
      <section aria-labelledby="evolution" className="public-spaser__section">
        <h2 id="evolution">{t('publicSpaser.indicators.trend', { from: trend[0]!.year, to: trend[trend.length - 1]!.year })}</h2>
        <TrendCharts years={trend} level={3} legalDays={days} />
      </section>
    </>
  );
}

/**
 * The Region's SPASER, public (no sign-in): what it is, the rules suppliers follow, the ethics
 * charter in force and the yearly indicators with their trend, from GET /public/spaser.json.
 */
export default function PublicSpaserPage() {
  const t = useIndicatorsT();
  const { t: tc } = useTranslation();
  const [state, retry] = usePublicSpaser();
  const spaser = state.status === 'ready' ? state.spaser : null;

  return (
    <Page title={t('publicSpaser.title')}>
      <p className="lead">{t('publicSpaser.lead')}</p>
      <Access />
      <nav aria-label={t('publicSpaser.toc.label')} className="public-spaser__toc">
        <ul>
          <li>
            <a href="#spaser">{t('publicSpaser.about.title')}</a>
          </li>
          <li>
            <a href="#regles">{t('publicSpaser.rules.title')}</a>
          </li>
          <li>
            <a href="#charte">{t('publicSpaser.charter.title')}</a>
          </li>
          <li>
            <a href="#indicateurs">{t('publicSpaser.toc.indicators')}</a>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="spaser" className="public-spaser__section">
        <h2 id="spaser">{t('publicSpaser.about.title')}</h2>
        <p>{t('publicSpaser.about.law')}</p>
        <p>{t('publicSpaser.about.promises')}</p>
        <ul>
          <li>{t('publicSpaser.about.money')}</li>
          <li>{t('publicSpaser.about.voice')}</li>
          <li>{t('publicSpaser.about.clean')}</li>
        </ul>
        <p>{t('publicSpaser.about.label')}</p>
      </section>
      <Rules spaser={spaser} />
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && (
        <Alert tone="error">
          <p>{t('publicSpaser.failed')}</p>
          <p>
            <Button variant="secondary" onClick={retry}>
              {tc('common.retry')}
            </Button>
          </p>
        </Alert>
      )}
      {spaser && (
        <>
          <Charter charter={spaser.charter} />
          <Indicators spaser={spaser} />
          {spaser.generatedAt && <p className="note">{t('publicSpaser.generatedAt', { date: formatDate(spaser.generatedAt) })}</p>}
        </>
      )}
    </Page>
  );
}

import '../../i18n/indicators';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { TrendCharts } from './charts/TrendCharts';
import { useIndicatorsT } from './indicators-i18n';
import { fromReport } from './report';
import { IndicatorsReportQuery, IndicatorsTrendQuery } from './report-documents';
import { YearFigures } from './YearFigures';
import { YearPicker } from './YearPicker';
import { chosenYear, FIRST_YEAR, thisYear, yearsBetween } from './years';
import './indicators.css';

/**
 * The SPASER dashboard (every agent): one year's indicators (`?annee=2021`, by default the last
 * full year) with their downloads, then the trends since 2018. Aggregates only: no supplier named.
 */
export default function IndicatorsPage() {
  const t = useIndicatorsT();
  const [params, setParams] = useSearchParams();
  const current = thisYear();
  const years = yearsBetween(FIRST_YEAR, current);
  const year = chosenYear(params.get('annee'), years, current)!;
  const report = useQuery(IndicatorsReportQuery, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const trend = useQuery(IndicatorsTrendQuery, { variables: { from: FIRST_YEAR, to: current }, fetchPolicy: 'cache-and-network' });
  const data = report.data?.spaserReport.year === year ? report.data.spaserReport : undefined;

  return (
    <Page title={t('indicators.title')}>
      <p className="lead">{t('indicators.intro')}</p>
      <YearPicker years={years} value={year} onChange={(y) => setParams({ annee: String(y) })} />
      <ErrorAlert error={report.error} onRetry={() => report.refetch()} />
      {!data && report.loading && <Loading />}
      {data && (
        <>
          {data.year === current && <p className="callout">{t('indicators.currentYear', { year: current })}</p>}
          <YearFigures report={fromReport(data)} level={2} />
          <section aria-labelledby="indicators-downloads">
            <h2 id="indicators-downloads">{t('indicators.downloads.title', { year: data.year })}</h2>
            <ul>
              <li>
                <a href={data.csvUrl} download>
                  {t('indicators.downloads.csv', { year: data.year })}
                </a>
              </li>
              <li>
                <a href={data.jsonUrl} download>
                  {t('indicators.downloads.json', { year: data.year })}
                </a>
              </li>
            </ul>
          </section>
        </>
      )}
      <section aria-labelledby="indicators-trends">
        <h2 id="indicators-trends">{t('indicators.trend.title', { from: FIRST_YEAR, to: current })}</h2>
        <p>{t('indicators.trend.partialYear', { year: current })}</p>
        <ErrorAlert error={trend.error} onRetry={() => trend.refetch()} />
        {!trend.data && trend.loading && <Loading />}
        {trend.data && <TrendCharts years={trend.data.spaserReports} level={3} />}
      </section>
    </Page>
  );
}

import type { TrendYear } from '../report';
import { useIndicatorsT } from '../indicators-i18n';
import { formatFigure, formatShare } from './figures';
import { Heading, type Level } from './Heading';
import { type ChartSeries, LineChart } from './LineChart';

interface Props {
  years: readonly TrendYear[];
  /** The level of each chart's heading. */
  level: Level;
  /** The legal payment delay, drawn as a reference line. */
  legalDays?: number;
}

/**
 * The four trends of the SPASER, shared by the dashboard and the public page: payment delays,
 * satisfaction, the supplier mix and the clauses of the contracts. A chart with no data at all for
 * these years says so instead of drawing empty axes.
 */
export function TrendCharts({ years, level, legalDays = 30 }: Props) {
  const t = useIndicatorsT();
  const categories = years.map((y) => String(y.year));
  const share = (v: number) => formatShare(v)!;
  const days = (v: number) => t('indicators.units.days', { count: v, value: formatFigure(v) });
  const common = { level, categories, categoryLabel: t('indicators.chart.year') };
  const series = (key: string, label: string, pick: (y: TrendYear) => number | null): ChartSeries => ({ key, label, values: years.map(pick) });
  const empty = (list: ChartSeries[]) => list.every((s) => s.values.every((v) => v === null));

  const charts = [
    {
      key: 'delays',
      title: t('indicators.trend.delays'),
      series: [
        series('average', t('indicators.trend.averageDelay'), (y) => y.payments.averageDelayDays),
        series('median', t('indicators.trend.medianDelay'), (y) => y.payments.medianDelayDays),
      ],
      format: days,
      tick: (v: number) => formatFigure(v)!,
      reference: { value: legalDays, label: t('indicators.trend.legalDelay', { days: legalDays }) },
    },
    {
      key: 'satisfaction',
      title: t('indicators.trend.satisfaction'),
      series: [
        series('satisfaction', t('indicators.trend.satisfactionRate'), (y) => y.survey.satisfactionRate),
        series('response', t('indicators.trend.responseRate'), (y) => y.survey.responseRate),
      ],
      format: share,
      tick: share,
      max: 1,
    },
    {
      key: 'suppliers',
      title: t('indicators.trend.suppliers'),
      series: [
        series('small-medium', t('indicators.trend.smallMediumShare'), (y) => y.suppliers.smallMediumShare),
        series('regional', t('indicators.trend.regionalShare'), (y) => y.suppliers.regionalShareOfSmallMedium),
      ],
      format: share,
      tick: share,
      max: 1,
    },
    {
      key: 'clauses',
      title: t('indicators.trend.clauses'),
      series: [
        series('social', t('indicators.trend.socialShare'), (y) => y.contracts.socialShare),
        series('environmental', t('indicators.trend.environmentalShare'), (y) => y.contracts.environmentalShare),
        series('low-carbon', t('indicators.trend.lowCarbonShare'), (y) => y.contracts.lowCarbonShare),
      ],
      format: share,
      tick: share,
      max: 1,
    },
  ];

  return (
    <div className="trend-charts">
      {charts.map(({ key, ...chart }) =>
        empty(chart.series) ? (
          <section key={key} className="line-chart" aria-labelledby={`trend-${key}`}>
            <Heading level={level} id={`trend-${key}`}>
              {chart.title}
            </Heading>
            <p className="note">{t('indicators.trend.noData')}</p>
          </section>
        ) : (
          <LineChart key={key} {...common} {...chart} />
        ),
      )}
    </div>
  );
}

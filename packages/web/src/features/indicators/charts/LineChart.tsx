import { useId } from 'react';
import { TableWrap } from '../../../shared/ui/TableWrap';
import { useIndicatorsT } from '../indicators-i18n';
import { Heading, type Level } from './Heading';
import { ends, linearScale, MARKERS, markerPath, maxOf, niceTicks, pathThrough, type Plot, segments, spread } from './scales';
import './charts.css';

export interface ChartSeries {
  key: string;
  label: string;
  /** One value per category; null where there is no data. */
  values: readonly (number | null)[];
}

interface Props {
  title: string;
  level: Level;
  /** What the categories are ("Année"): the table's first column. */
  categoryLabel: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** A value in words, for the table and the summary ("18,8 jours"). */
  format: (value: number) => string;
  /** A value on the axis, short ("20"). */
  tick: (value: number) => string;
  /** The axis reaches at least this value (1 for shares: 0 to 100 %). */
  max?: number;
  /** A line to compare with: the legal maximum. */
  reference?: { value: number; label: string };
}

const WIDTH = 480;
const HEIGHT = 240;
const PLOT: Plot = { left: 56, right: WIDTH - 14, top: 18, bottom: HEIGHT - 32 };
const DASHES = [undefined, '7 4', '2 4', '10 3 2 3'];

/**
 * Values over the years as lines: an SVG image named by its own title and summary, then the same
 * figures in a table with a caption. Series differ by colour, marker shape and dash; a year without
 * data breaks the line. No style attribute (the CSP forbids inline styles): sizes are SVG attributes.
 */
export function LineChart({ title, level, categoryLabel, categories, series, format, tick, max = 0, reference }: Props) {
  const t = useIndicatorsT();
  const id = useId();
  const ticks = niceTicks(Math.max(max, reference?.value ?? 0, maxOf(series.map((s) => s.values))), 5);
  const y = linearScale(0, ticks[ticks.length - 1]!, PLOT.bottom, PLOT.top);
  const xs = spread(categories.length, PLOT.left + 16, PLOT.right - 16);
  const noData = t('indicators.noData');

  const summary = [
    ...series.map((s) => {
      const e = ends(s.values);
      if (!e) return t('indicators.chart.seriesNone', { label: s.label });
      if (e.first.index === e.last.index) return t('indicators.chart.seriesOne', { label: s.label, value: format(e.first.value), category: categories[e.first.index] });
      return t('indicators.chart.seriesRange', {
        label: s.label,
        from: format(e.first.value),
        fromCategory: categories[e.first.index],
        to: format(e.last.value),
        toCategory: categories[e.last.index],
      });
    }),
    ...(reference ? [t('indicators.chart.reference', { label: reference.label })] : []),
  ].join(' ');

  return (
    <section className="line-chart" aria-labelledby={`${id}-heading`}>
      <Heading level={level} id={`${id}-heading`}>
        {title}
      </Heading>
      <svg className="line-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <g className="line-chart__grid">
          {ticks.map((v) => (
            <g key={v}>
              <line x1={PLOT.left} x2={PLOT.right} y1={y(v)} y2={y(v)} />
              <text x={PLOT.left - 6} y={y(v)} dy="0.32em" textAnchor="end">
                {tick(v)}
              </text>
            </g>
          ))}
        </g>
        <g className="line-chart__categories">
          {categories.map((c, i) => (
            <text key={c} x={xs[i]} y={HEIGHT - 10} textAnchor="middle">
              {c}
            </text>
          ))}
        </g>
        {reference && (
          <g className="line-chart__reference">
            <line x1={PLOT.left} x2={PLOT.right} y1={y(reference.value)} y2={y(reference.value)} strokeDasharray="4 3" />
            <text x={PLOT.right} y={y(reference.value) - 5} textAnchor="end">
              {reference.label}
            </text>
          </g>
        )}
        {series.map((s, n) => (
          <g key={s.key} className={`line-chart__series line-chart__series--${n % 4}`}>
            {segments(s.values, xs, y).map((run, r) => (
              <g key={r}>
                {run.length > 1 && <path className="line-chart__line" d={pathThrough(run)} strokeDasharray={DASHES[n % 4]} />}
                {run.map((p, i) => (
                  <path key={i} className="line-chart__marker" d={markerPath(MARKERS[n % 4]!, p)} />
                ))}
              </g>
            ))}
          </g>
        ))}
      </svg>
      <ul className="line-chart__legend">
        {series.map((s, n) => (
          <li key={s.key} className={`line-chart__series line-chart__series--${n % 4}`}>
            <svg viewBox="0 0 32 12" width="32" height="12" aria-hidden="true" focusable="false">
              <path className="line-chart__line" d="M2 6H30" strokeDasharray={DASHES[n % 4]} />
              <path className="line-chart__marker" d={markerPath(MARKERS[n % 4]!, { x: 16, y: 6 })} />
            </svg>
            {s.label}
          </li>
        ))}
        {reference && (
          <li className="line-chart__reference">
            <svg viewBox="0 0 32 12" width="32" height="12" aria-hidden="true" focusable="false">
              <line x1="2" x2="30" y1="6" y2="6" strokeDasharray="4 3" />
            </svg>
            {reference.label}
          </li>
        )}
      </ul>
      <TableWrap label={t('indicators.chart.tableCaption', { title })}>
        <table className="table table--compact">
          <caption>{t('indicators.chart.tableCaption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{categoryLabel}</th>
              {series.map((s) => (
                <th key={s.key} scope="col" className="num">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((c, i) => (
              <tr key={c}>
                <th scope="row">{c}</th>
                {series.map((s) => {
                  const v = s.values[i];
                  return (
                    <td key={s.key} className={v == null ? 'num line-chart__none' : 'num'}>
                      {v == null ? noData : format(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { badInput } from '../../shared/errors.js';
import { euros, eurosOrNull } from '../../shared/money.types.js';
import { ANY_AGENT } from '../../shared/roles.js';
import { internalScope } from '../../shared/tenant.js';
import { type SpaserReport, spaserReport, spaserReports } from './report.service.js';
import { SpaserReportNode } from './report.types.js';

export const MAX_REPORT_YEARS = 15;

function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('Année invalide : entre 2000 et 2100.', { field: 'year' });
  return year;
}

export const reportPath = (year: number, format: 'csv' | 'json') => `/exports/report/${year}.${format}`;

export const toReportNode = (r: SpaserReport): SpaserReportNode => ({
  ...r,
  payments: {
    ...r.payments,
    lateInterestOwed: eurosOrNull(r.payments.lateInterestOwedCents),
    indemnitiesOwed: eurosOrNull(r.payments.indemnitiesOwedCents),
    lateInterestPaid: euros(r.payments.lateInterestPaidCents),
  },
  csvUrl: reportPath(r.year, 'csv'),
  jsonUrl: reportPath(r.year, 'json'),
});

@Resolver()
export class ReportResolver {
  @Authorized(...ANY_AGENT)
  @Query(() => SpaserReportNode, { description: 'The SPASER indicators of one year (agents; aggregates only, over every supplier).' })
  async spaserReport(@Arg('year', () => Int, { description: 'Calendar year, 2000–2100.' }) year: number, @Ctx() ctx: Context): Promise<SpaserReportNode> {
    return toReportNode(await spaserReport(internalScope(ctx.em.fork()), checkYear(year)));
  }

  @Authorized(...ANY_AGENT)
  @Query(() => [SpaserReportNode], { description: `The indicators of each year from \`from\` to \`to\` (at most ${MAX_REPORT_YEARS} years), for trends.` })
  async spaserReports(@Arg('from', () => Int, { description: 'First calendar year, 2000–2100.' }) from: number, @Arg('to', () => Int, { description: `Last calendar year, included: from \`from\` to \`from\` + ${MAX_REPORT_YEARS - 1}.` }) to: number, @Ctx() ctx: Context): Promise<SpaserReportNode[]> {
    if (checkYear(to) < checkYear(from) || to - from >= MAX_REPORT_YEARS) throw badInput(`De 1 à ${MAX_REPORT_YEARS} années, dans l'ordre.`, { field: 'to' });
    return (await spaserReports(internalScope(ctx.em.fork()), from, to)).map(toReportNode);
  }
}

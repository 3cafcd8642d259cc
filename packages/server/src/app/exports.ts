import type { EntityManager } from '@mikro-orm/core';
import { attachmentFile } from '../modules/ethics/declaration-attachments.js';
import { reportCsv, reportJson } from '../modules/report/report-format.js';
import { spaserReport } from '../modules/report/report.service.js';
import { responsesCsv, resultsCsv } from '../modules/survey/survey-export.js';
import { ANY_AGENT, Role, SUPPLIER_ROLES } from '../shared/roles.js';
import { internalScope } from '../shared/tenant.js';

/**
 * Downloads (GET, session cookie): CSV files built by the modules, declaration attachments. Each
 * route names the roles that may fetch it; the producer runs on an EntityManager scoped to the
 * viewer (tenant and confidentiality filters), so what is out of reach is NOT_FOUND.
 */
export interface ExportRoute {
  pattern: RegExp;
  roles: readonly Role[];
  produce(em: EntityManager, params: string[]): Promise<{ fileName: string; body: string | Buffer; contentType?: string }>;
}

const UUID = '([0-9a-f-]{36})';

const SURVEY_READERS = [Role.SURVEY_MANAGER, Role.AUDITOR];
const DECLARATION_READERS = [...SUPPLIER_ROLES, Role.ETHICS_OFFICER, Role.AUDITOR];

export const exportRoutes: ExportRoute[] = [
  { pattern: /^\/exports\/surveys\/([0-9a-f-]{36})\/results\.csv$/, roles: SURVEY_READERS, produce: (em, [id]) => resultsCsv(em, id!) },
  { pattern: /^\/exports\/surveys\/([0-9a-f-]{36})\/responses\.csv$/, roles: SURVEY_READERS, produce: (em, [id]) => responsesCsv(em, id!) },
  {
    pattern: /^\/exports\/report\/(20\d\d)\.(csv|json)$/,
    roles: ANY_AGENT,
    async produce(em, [year, format]) {
      const report = await spaserReport(internalScope(em.fork()), Number(year));
      return format === 'csv'
        ? { fileName: `spaser-${year}.csv`, body: reportCsv(report) }
        : { fileName: `spaser-${year}.json`, body: JSON.stringify(reportJson(report), null, 2), contentType: 'application/json; charset=utf-8' };
    },
  },
  { pattern: new RegExp(`^/exports/declarations/${UUID}/attachments/${UUID}$`), roles: DECLARATION_READERS, produce: (em, [d, a]) => attachmentFile(em, d!, a!) },
];

import type { EntityManager } from '@mikro-orm/core';
import { responsesCsv, resultsCsv } from '../modules/survey/survey-export.js';
import { Role } from '../shared/roles.js';

/**
 * Downloads (GET, session cookie): CSV files built by the modules. Each route names the roles
 * that may fetch it; the producer runs on an EntityManager scoped to the viewer.
 */
export interface ExportRoute {
  pattern: RegExp;
  roles: readonly Role[];
  produce(em: EntityManager, params: string[]): Promise<{ fileName: string; body: string }>;
}

const SURVEY_READERS = [Role.SURVEY_MANAGER, Role.AUDITOR];

export const exportRoutes: ExportRoute[] = [
  { pattern: /^\/exports\/surveys\/([0-9a-f-]{36})\/results\.csv$/, roles: SURVEY_READERS, produce: (em, [id]) => resultsCsv(em, id!) },
  { pattern: /^\/exports\/surveys\/([0-9a-f-]{36})\/responses\.csv$/, roles: SURVEY_READERS, produce: (em, [id]) => responsesCsv(em, id!) },
];

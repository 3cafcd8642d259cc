import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { LocalDate } from '../../shared/calendar.js';
import { appendAudit } from '../audit/audit.service.js';
import { remindCampaign } from './campaign.service.js';
import { CampaignStatus, SurveyCampaign } from './survey.entities.js';

/** Campaigns past their close date are closed (one atomic update: safe with several runners). */
export async function closeDueCampaigns(em: EntityManager, today: LocalDate): Promise<number> {
  const knex = (em as SqlEntityManager).getKnex();
  const due = (await knex('survey_campaign').where('status', CampaignStatus.OPEN).where('closes_on', '<', today).select('id')) as { id: string }[];
  let closed = 0;
  for (const { id } of due) {
    await knex.transaction(async (trx) => {
      const n = await trx('survey_campaign').where({ id, status: CampaignStatus.OPEN }).update({ status: CampaignStatus.CLOSED, closed_at: new Date(), updated_at: new Date() });
      if (n !== 1) return; // another runner closed it
      await appendAudit(trx, { actor: 'system', action: 'survey.campaign.close', entityType: 'survey_campaign', entityId: id, before: { status: CampaignStatus.OPEN }, after: { status: CampaignStatus.CLOSED, reason: 'close date passed' } });
      closed++;
    });
  }
  return closed;
}

/** Scheduled reminders of open campaigns (each invitation claimed before its mail: never twice). */
export async function remindDueCampaigns(em: EntityManager, publicUrl: string, now: Date): Promise<number> {
  const open = await em.find(SurveyCampaign, { status: CampaignStatus.OPEN, autoRemind: true });
  let reminded = 0;
  for (const c of open) reminded += await remindCampaign(em, 'system', c.id, publicUrl, now);
  return reminded;
}

import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { LocalDate } from '../../shared/calendar.js';
import { remindCampaign } from './campaign.service.js';
import { CampaignStatus, SurveyCampaign } from './survey.entities.js';

/** Campaigns past their close date are closed (one atomic update: safe with several runners). */
export async function closeDueCampaigns(em: EntityManager, today: LocalDate): Promise<number> {
  return (em as SqlEntityManager)
    .getKnex()('survey_campaign')
    .where('status', CampaignStatus.OPEN)
    .where('closes_on', '<', today)
    .update({ status: CampaignStatus.CLOSED, closed_at: new Date(), updated_at: new Date() });
}

/** Scheduled reminders of open campaigns (each invitation claimed before its mail: never twice). */
export async function remindDueCampaigns(em: EntityManager, publicUrl: string, now: Date): Promise<number> {
  const open = await em.find(SurveyCampaign, { status: CampaignStatus.OPEN, autoRemind: true });
  let reminded = 0;
  for (const c of open) reminded += await remindCampaign(em, c.id, publicUrl, now);
  return reminded;
}

import type { SqlEntityManager } from '@mikro-orm/knex';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { loader } from '../../shared/loaders.js';
import { User } from '../identity/user.entity.js';
import { EthicsCharter } from './ethics.entities.js';
import { CharterNode } from './ethics.types.js';

/** What the back-office shows of each version: how many suppliers accepted it, who published it (agents only). */
@Resolver(() => CharterNode)
export class CharterFiguresResolver {
  @FieldResolver(() => Int, { nullable: true, description: 'Suppliers that accepted this version (agents only; null for suppliers).' })
  async acceptances(@Root() charter: CharterNode, @Ctx() ctx: Context): Promise<number | null> {
    if (ctx.viewer?.kind !== 'AGENT') return null;
    return loader(ctx, 'charterAcceptances', async (ids) => {
      const knex = (ctx.em as SqlEntityManager).getKnex();
      const rows = (await knex('charter_acceptance').whereIn('charter_id', [...ids]).groupBy('charter_id').select('charter_id', knex.raw('count(*) as n'))) as { charter_id: string; n: unknown }[];
      return ids.map((id) => Number(rows.find((r) => r.charter_id === id)?.n ?? 0));
    }).load(charter.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The ethics officer who published it (agents only).' })
  async publishedByName(@Root() charter: CharterNode, @Ctx() ctx: Context): Promise<string | null> {
    if (ctx.viewer?.kind !== 'AGENT') return null;
    // Two statements for the whole list: the versions' publishers, then their names.
    return loader(ctx, 'charterPublisherNames', async (ids) => {
      const charters = await ctx.em.find(EthicsCharter, { id: { $in: [...ids] } }, { fields: ['publishedBy'] });
      const userIds = [...new Set(charters.map((c) => c.publishedBy).filter(Boolean))];
      const users = userIds.length ? await ctx.em.find(User, { id: { $in: userIds } }, { fields: ['displayName'], filters: { tenant: false } }) : [];
      const publisher = new Map(charters.map((c) => [c.id, c.publishedBy]));
      const name = new Map(users.map((u) => [u.id, u.displayName]));
      return ids.map((id) => name.get(publisher.get(id) ?? '') ?? null);
    }).load(charter.id);
  }
}

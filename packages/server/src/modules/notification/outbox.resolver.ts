import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { DomainError } from '../../shared/errors.js';
import { pageSize } from '../../shared/pagination.js';
import { Role } from '../../shared/roles.js';
import { DateTime } from '../../shared/scalars.js';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity.js';

@ObjectType('DevMail', { description: 'An e-mail kept in the development outbox (no SMTP configured): never sent.' })
class DevMailNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => String, { description: 'Recipient address.' })
  recipient!: string;

  @Field(() => String, { description: 'Subject line.' })
  subject!: string;

  @Field(() => String, { description: 'Plain-text body.' })
  text!: string;

  @Field(() => DateTime, { description: 'When it was written.' })
  createdAt!: Date;
}

@Resolver()
export class OutboxResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [DevMailNode], {
    description: 'The development outbox, newest first (administrators; only when no SMTP server is configured and outside production).',
  })
  async devOutbox(@Arg('first', () => Int, { nullable: true, description: 'How many (1–100, default 20).' }) first: number | null, @Ctx() ctx: Context) {
    if (!ctx.mailer.devOutbox || ctx.config.env === 'production') {
      throw new DomainError('NOT_FOUND', "La boîte d'envoi de développement n'existe pas ici : les messages partent par SMTP.");
    }
    await ctx.mailer.idle();
    return ctx.em.find(OutboxMessage, { status: OutboxStatus.DEV_OUTBOX }, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: pageSize(first) });
  }
}

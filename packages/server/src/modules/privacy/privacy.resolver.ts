import { Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { DateTime } from '../../shared/scalars.js';
import { ViewerNode } from '../identity/identity.types.js';
import { toViewerNode } from '../identity/viewer.resolver.js';
import { acknowledgePrivacyNotice, privacyNoticeSeenAt } from './privacy-notice.service.js';

@Resolver(() => ViewerNode)
export class PrivacyResolver {
  @FieldResolver(() => DateTime, {
    nullable: true,
    description: 'When the user acknowledged the personal-data notice shown after the first sign-in; null until then.',
  })
  async privacyNoticeSeenAt(@Root() viewer: ViewerNode, @Ctx() ctx: Context): Promise<Date | null> {
    return privacyNoticeSeenAt(ctx.em, viewer.id);
  }

  @Authorized()
  @Mutation(() => ViewerNode, { description: 'Records that the signed-in user has read the personal-data notice (the first time only).' })
  async acknowledgePrivacyNotice(@Ctx() ctx: Context): Promise<ViewerNode> {
    await acknowledgePrivacyNotice(ctx.em, ctx.viewer!.userId);
    return toViewerNode(ctx.viewer!);
  }
}

import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { applyScope } from '../../shared/tenant.js';
import type { Viewer } from '../../shared/viewer.js';
import { SupplierNode } from '../supplier/supplier.types.js';
import { toSupplierNode } from '../supplier/supplier.mapper.js';
import { ownSupplier } from '../supplier/supplier.queries.js';
import { InvitationNode, Locale, ViewerNode } from './identity.types.js';
import { acceptInvitation, describeInvitation } from './invitation.service.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password.js';
import { revokeSessionByToken } from './session.service.js';
import { type SignInResult, signIn } from './sign-in.service.js';
import { User } from './user.entity.js';

export const toViewerNode = (v: Viewer, secondFactor: ViewerNode['secondFactor'] = null): ViewerNode => ({
  id: v.userId,
  email: v.email,
  displayName: v.displayName,
  kind: v.kind as ViewerNode['kind'],
  roles: v.roles,
  locale: v.locale as Locale,
  supplierId: v.supplierId,
  supplierFields: v.supplier ?? null,
  secondFactor,
});

/**
 * Sets the cookie and scopes the rest of this request to the new viewer; a half-authenticated
 * session (second factor due) gets its cookie but no viewer.
 */
function adopt(ctx: Context, result: SignInResult): ViewerNode {
  ctx.setSessionCookie(result.token);
  if (result.secondFactor) {
    ctx.viewer = null;
    return toViewerNode(result.viewer, result.secondFactor);
  }
  ctx.viewer = result.viewer;
  applyScope(ctx.em, result.viewer);
  return toViewerNode(result.viewer);
}

@Resolver(() => ViewerNode)
export class ViewerResolver {
  @Query(() => ViewerNode, { nullable: true, description: 'The signed-in user, or null.' })
  viewer(@Ctx() ctx: Context): ViewerNode | null {
    return ctx.viewer ? toViewerNode(ctx.viewer) : null;
  }

  @FieldResolver(() => SupplierNode, { nullable: true, description: 'The supplier a supplier user belongs to; null for agents.' })
  async supplier(@Root() viewer: ViewerNode, @Ctx() ctx: Context): Promise<SupplierNode | null> {
    const own = viewer.supplierFields ?? (viewer.supplierId ? await ownSupplier(ctx.em, viewer.supplierId) : null);
    return own ? toSupplierNode(own) : null;
  }

  @Mutation(() => ViewerNode, {
    description:
      'Signs in with e-mail and password: sets a new session cookie (the previous session ends). Agents with ADMIN, FINANCE, ETHICS_OFFICER or AUDITOR then get a half-authenticated session (`secondFactor` set) until verifySecondFactor or enrolment. One generic error for an unknown account or a wrong password; rate-limited per account and per address; at most once per document.',
  })
  async signIn(
    @Arg('email', () => String, { description: 'E-mail address of the account (case and surrounding spaces ignored).' }) email: string,
    @Arg('password', () => String, { description: 'The password, as typed.' }) password: string,
    @Ctx() ctx: Context,
  ): Promise<ViewerNode> {
    const result = await signIn(ctx.em, { email, password, previousToken: ctx.sessionToken }, ctx.client, ctx.config.sessionHours, ctx.config.mfaRequired);
    return adopt(ctx, result);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session (revoked on the server) and clears the cookie.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.sessionToken) await revokeSessionByToken(ctx.em, ctx.sessionToken);
    ctx.setSessionCookie(null);
    ctx.viewer = null;
    return true;
  }

  @Authorized()
  @Mutation(() => ViewerNode, { description: "Saves the user's preferred language (pages and e-mails)." })
  async setLocale(@Arg('locale', () => Locale, { description: 'The language to use: FR or EN.' }) locale: Locale, @Ctx() ctx: Context): Promise<ViewerNode> {
    const viewer = ctx.viewer!;
    await ctx.em.nativeUpdate(User, { id: viewer.userId }, { locale });
    ctx.viewer = { ...viewer, locale };
    return toViewerNode(ctx.viewer);
  }

  @Query(() => InvitationNode, { description: 'What an invitation link is for; NOT_FOUND when the link is used, expired or unknown.' })
  async invitation(@Arg('token', () => String, { description: 'The secret token of the invitation link (the last part of /invitation/…).' }) token: string, @Ctx() ctx: Context): Promise<InvitationNode> {
    return describeInvitation(ctx.em, token);
  }

  @Mutation(() => ViewerNode, { description: 'Chooses a password through an invitation link (used once) and signs in.' })
  async acceptInvitation(
    @Arg('token', () => String, { description: 'The secret token of the invitation link (the last part of /invitation/…); valid once, for 7 days.' }) token: string,
    @Arg('password', () => String, { description: `The new password: ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, not a single character repeated.` }) password: string,
    @Ctx() ctx: Context,
  ): Promise<ViewerNode> {
    const result = await acceptInvitation(ctx.em, { secret: token, password, previousToken: ctx.sessionToken }, ctx.client, ctx.config.sessionHours, undefined, ctx.config.mfaRequired);
    return adopt(ctx, result);
  }
}

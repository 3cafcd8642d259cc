import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { applyScope } from '../../shared/tenant.js';
import { SecondFactorStep } from './mfa.rule.js';
import { confirmTotpEnrolment, type MfaDeps, pendingSession, startTotpEnrolment, stepOf, verifySecondFactor } from './mfa.service.js';
import { SecondFactorResultNode, TotpEnrolmentNode, TotpEnrolmentResultNode } from './mfa.types.js';
import type { SignInResult } from './sign-in.service.js';
import { toViewerNode } from './viewer.resolver.js';

const depsOf = (ctx: Context): MfaDeps => ({ mfaKey: ctx.config.mfaKey, sessionHours: ctx.config.sessionHours, client: ctx.client });

/** The full session replaces the pending one: new cookie, and the rest of the request sees the agent. */
function adoptFull(ctx: Context, result: SignInResult) {
  ctx.setSessionCookie(result.token);
  ctx.viewer = result.viewer;
  applyScope(ctx.em, result.viewer);
  return toViewerNode(result.viewer, null);
}

/** The only operations a half-authenticated session may use (everything else answers UNAUTHENTICATED). */
@Resolver()
export class MfaResolver {
  @Query(() => SecondFactorStep, { nullable: true, description: "What the session cookie's half-authenticated session still has to do; null when there is none." })
  async secondFactorStep(@Ctx() ctx: Context): Promise<SecondFactorStep | null> {
    const session = await pendingSession(ctx.em, ctx.sessionToken);
    return session ? stepOf(session.user) : null;
  }

  @Mutation(() => TotpEnrolmentNode, {
    description: 'Half-authenticated agents not enrolled yet: a new TOTP secret for their authenticator app (replaces an unconfirmed one).',
  })
  async startTotpEnrolment(@Ctx() ctx: Context): Promise<TotpEnrolmentNode> {
    return startTotpEnrolment(ctx.em, ctx.sessionToken, depsOf(ctx));
  }

  @Mutation(() => TotpEnrolmentResultNode, {
    description: 'Confirms the enrolment with a first code from the app: completes the session and returns 10 recovery codes (shown once). Wrong codes are rate-limited per account; at most once per document.',
  })
  async confirmTotpEnrolment(@Arg('code', () => String, { description: 'The 6-digit code the app shows now.' }) code: string, @Ctx() ctx: Context): Promise<TotpEnrolmentResultNode> {
    const result = await confirmTotpEnrolment(ctx.em, ctx.sessionToken, code, depsOf(ctx));
    return { viewer: adoptFull(ctx, result), recoveryCodes: result.recoveryCodes };
  }

  @Mutation(() => SecondFactorResultNode, {
    description: 'Completes a half-authenticated session with a 6-digit TOTP code or an unused recovery code (each works once). Wrong codes are rate-limited per account (5 per 15 minutes); at most once per document.',
  })
  async verifySecondFactor(@Arg('code', () => String, { description: 'The 6-digit code of the authenticator app, or a recovery code (xxxxx-xxxxx).' }) code: string, @Ctx() ctx: Context): Promise<SecondFactorResultNode> {
    const result = await verifySecondFactor(ctx.em, ctx.sessionToken, code, depsOf(ctx));
    return { viewer: adoptFull(ctx, result), recoveryCodesLeft: result.recoveryCodesLeft };
  }
}

import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';

@Resolver()
export class AgentSsoResolver {
  @Query(() => Boolean, {
    description:
      'Whether agents can sign in with the Region account (OpenID Connect single sign-on is configured): the sign-in page then links to GET /auth/oidc/start. Public, no sign-in needed.',
  })
  agentSsoEnabled(@Ctx() ctx: Context): boolean {
    return ctx.config.oidc !== null;
  }
}

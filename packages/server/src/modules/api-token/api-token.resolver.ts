import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { Connection } from '../../shared/pagination.js';
import { ANY_AGENT, Role } from '../../shared/roles.js';
import { DateTime } from '../../shared/scalars.js';
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS } from './api-token-rules.js';
import type { ApiToken } from './api-token.entity.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.service.js';

@ObjectType('ApiToken', { description: "A personal API token of an agent (its secret is never shown again after creation)." })
class ApiTokenNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => String, { description: 'Name given by the agent (what uses it).' })
  name!: string;

  @Field(() => String, { description: 'First characters of the secret, to recognise it.' })
  prefix!: string;

  @Field(() => [Role], { description: 'Roles it carries (never more than the agent holds when it is used).' })
  roles!: Role[];

  @Field(() => DateTime, { description: 'Created.' })
  createdAt!: Date;

  @Field(() => DateTime, { description: 'Stops working at.' })
  expiresAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'Last used (to the minute).' })
  lastUsedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Revoked at.' })
  revokedAt!: Date | null;
}

const ApiTokenConnection = Connection(ApiTokenNode, 'ApiToken');

@ObjectType('NewApiToken', { description: 'A token just created: copy the secret now, it is shown only once.' })
class NewApiTokenNode {
  @Field(() => String, { description: 'The secret, to send as `Authorization: Bearer <secret>` on POST /graphql.' })
  secret!: string;

  @Field(() => ApiTokenNode, { description: 'The token.' })
  token!: ApiTokenNode;
}

@InputType('ApiTokenInput', { description: 'A new personal API token.' })
class ApiTokenInput {
  @Field(() => String, { description: 'What it is for (1–100 characters).' })
  name!: string;

  @Field(() => [Role], { nullable: true, description: "Roles it carries, among the agent's own (default: all of them)." })
  roles?: Role[];

  @Field(() => Int, { nullable: true, description: `Validity in days, 1–${MAX_TOKEN_DAYS} (default ${DEFAULT_TOKEN_DAYS}).` })
  days?: number;
}

@ArgsType()
class TokenPageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (1–100, default 20).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;
}

const toNode = (t: ApiToken): ApiTokenNode => ({
  id: t.id, name: t.name, prefix: t.prefix, roles: t.roles, createdAt: t.createdAt, expiresAt: t.expiresAt, lastUsedAt: t.lastUsedAt, revokedAt: t.revokedAt,
});

@Resolver()
export class ApiTokenResolver {
  @Authorized(...ANY_AGENT)
  @Query(() => ApiTokenConnection, { description: "The agent's own API tokens, newest first." })
  async apiTokens(@Args(() => TokenPageArgs) args: TokenPageArgs, @Ctx() ctx: Context) {
    const page = await listApiTokens(ctx.em, ctx.viewer!, args.first, args.after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toNode(e.node) })) };
  }

  @Authorized(...ANY_AGENT)
  @Mutation(() => NewApiTokenNode, { description: 'Creates a personal API token (signed-in session only, not from another token).' })
  async createApiToken(@Arg('input', () => ApiTokenInput, { description: 'Name, roles and validity of the new token.' }) input: ApiTokenInput, @Ctx() ctx: Context): Promise<NewApiTokenNode> {
    const { secret, token } = await createApiToken(ctx.em, ctx.viewer!, input);
    return { secret, token: toNode(token) };
  }

  @Authorized(...ANY_AGENT)
  @Mutation(() => ApiTokenNode, { description: 'Revokes one of the agent\'s tokens at once.' })
  async revokeApiToken(@Arg('id', () => ID, { description: "The token's id (`ApiToken.id`, not its secret); another user's is NOT_FOUND; revoking twice is harmless." }) id: string, @Ctx() ctx: Context): Promise<ApiTokenNode> {
    return toNode(await revokeApiToken(ctx.em, ctx.viewer!, id));
  }
}

import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { loader } from '../../shared/loaders.js';
import { attachmentsOf, attachmentUrl } from './declaration-attachments.js';
import { Declaration } from './ethics.entities.js';
import { DeclarationNode } from './ethics.types.js';

@ObjectType('DeclarationAttachment', { description: 'A file joined to a declaration at submission.' })
export class AttachmentNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => String, { description: 'File name as sent.' })
  name!: string;

  @Field(() => String, { description: 'Media type read from the content: application/pdf, image/png or image/jpeg.' })
  mediaType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  bytes!: number;

  @Field(() => String, { description: 'Download address (GET, same session).' })
  url!: string;
}

@Resolver(() => DeclarationNode)
export class DeclarationFieldsResolver {
  @FieldResolver(() => [AttachmentNode], { description: 'Attachments, in the order they were sent (one query per page of declarations).' })
  async attachments(@Root() d: DeclarationNode, @Ctx() ctx: Context): Promise<AttachmentNode[]> {
    const rows = await loader(ctx, 'declarationAttachments', (ids) => attachmentsOf(ctx.em, ids)).load(d.id);
    return rows.map((a) => ({ id: a.id, name: a.name, mediaType: a.mediaType, bytes: a.bytes, url: attachmentUrl(a) }));
  }

  @FieldResolver(() => [ID], { description: 'The amendments that correct this declaration, oldest first (those within the viewer\'s reach).' })
  async amendedBy(@Root() d: DeclarationNode, @Ctx() ctx: Context): Promise<string[]> {
    return loader(ctx, 'declarationAmendments', async (ids) => {
      const rows = await ctx.em.find(Declaration, { amends: { $in: [...ids] } }, { fields: ['id', 'amends'], orderBy: { createdAt: 'asc', id: 'asc' } });
      return ids.map((id) => rows.filter((r) => r.amends?.id === id).map((r) => r.id));
    }).load(d.id);
  }
}

import type { EntityManager } from '@mikro-orm/core';
import { createHash } from 'node:crypto';
import { readUpload } from '../../app/uploads.js';
import { assertId, badInput, notFound } from '../../shared/errors.js';
import { attachmentProblem, MAX_ATTACHMENTS, safeFileName, sniffMediaType } from './attachment-rules.js';
import { DeclarationAttachment } from './declaration-attachment.entity.js';
import { Declaration } from './ethics.entities.js';

/** A checked file, ready to be joined to a declaration. */
export interface AttachmentFile {
  name: string;
  mediaType: string;
  content: Buffer;
  sha256: string;
}

/** The viewer's uploads, read and checked (count, size, real type); every problem at once. */
export async function checkedUploads(userId: string, uploadIds: readonly string[] | null | undefined): Promise<AttachmentFile[]> {
  const ids = [...new Set(uploadIds ?? [])];
  if (ids.length > MAX_ATTACHMENTS) throw badInput(`${MAX_ATTACHMENTS} pièces jointes au plus.`, { field: 'attachmentUploadIds' });
  const files = await Promise.all(ids.map((id) => readUpload(id, userId)));
  const problems = files.map((f) => attachmentProblem(safeFileName(f.name), f.content)).filter((p): p is string => p !== null);
  if (problems.length) throw badInput(problems.join(' '), { field: 'attachmentUploadIds' });
  return files.map((f) => ({
    name: safeFileName(f.name),
    mediaType: sniffMediaType(f.content)!,
    content: f.content,
    sha256: createHash('sha256').update(f.content).digest('hex'),
  }));
}

export function attach(em: EntityManager, declaration: Declaration, files: AttachmentFile[]): void {
  for (const f of files) {
    em.persist(em.create(DeclarationAttachment, { declaration, supplier: declaration.supplier, name: f.name, mediaType: f.mediaType, bytes: f.content.length, sha256: f.sha256, content: f.content }));
  }
}

/** The attachments of several declarations (without their content), in one query. */
export async function attachmentsOf(em: EntityManager, declarationIds: readonly string[]): Promise<DeclarationAttachment[][]> {
  // The content is a lazy property: not read here.
  const rows = await em.find(DeclarationAttachment, { declaration: { $in: [...declarationIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return declarationIds.map((id) => rows.filter((r) => r.declaration.id === id));
}

export const attachmentUrl = (a: DeclarationAttachment) => `/exports/declarations/${a.declaration.id}/attachments/${a.id}`;

/** One attachment's file, through the viewer's scope (the declaration's tenant and confidentiality). */
export async function attachmentFile(em: EntityManager, declarationId: string, attachmentId: string) {
  const declaration = await em.findOne(Declaration, { id: assertId(declarationId, 'Déclaration') }, { fields: ['id'] });
  if (!declaration) throw notFound('Pièce jointe');
  const a = await em.findOne(DeclarationAttachment, { id: assertId(attachmentId, 'Pièce jointe'), declaration: declaration.id }, { populate: ['content'] });
  if (!a) throw notFound('Pièce jointe');
  return { fileName: a.name, body: a.content, contentType: a.mediaType };
}

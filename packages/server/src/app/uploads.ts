import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError, notFound } from '../shared/errors.js';

/**
 * File uploads for imports and declaration attachments (Apollo Server has no multipart): the
 * browser streams the file to `POST /uploads` (same session; a custom header that only same-origin
 * scripts can send, so no CSRF), it lands in a private temporary folder, and a mutation then uses
 * it. An upload belongs to the user who sent it and is usable for an hour.
 */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
const MAX_AGE_MS = 3_600_000;
const folder = join(tmpdir(), 'spaser-uploads');

interface UploadMeta {
  userId: string;
  name: string;
  createdAt: number;
}

export class UploadTooLarge extends Error {}

export async function saveUpload(req: IncomingMessage, userId: string, name: string, maxBytes = MAX_UPLOAD_BYTES): Promise<{ id: string; bytes: number }> {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const id = randomUUID();
  let bytes = 0;
  const limit = async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      bytes += chunk.length;
      if (bytes > maxBytes) throw new UploadTooLarge();
      yield chunk;
    }
  };
  await pipeline(req, limit, createWriteStream(join(folder, id), { mode: 0o600 }));
  const meta: UploadMeta = { userId, name: name.slice(0, 255), createdAt: Date.now() };
  writeFileSync(join(folder, `${id}.json`), JSON.stringify(meta), { mode: 0o600 });
  return { id, bytes };
}

/** The upload's description, for its owner only; anyone else's (or an unknown id) is NOT_FOUND. */
function ownUpload(id: string, userId: string): UploadMeta {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw notFound('Fichier');
  let meta: UploadMeta;
  try {
    meta = JSON.parse(readFileSync(join(folder, `${id}.json`), 'utf8')) as UploadMeta;
    statSync(join(folder, id));
  } catch {
    throw notFound('Fichier');
  }
  if (meta.userId !== userId) throw notFound('Fichier');
  if (Date.now() - meta.createdAt > MAX_AGE_MS) throw new DomainError('NOT_FOUND', 'Ce fichier a expiré : déposez-le à nouveau.');
  return meta;
}

/** The upload as a stream (imports read it line by line). */
export function openUpload(id: string, userId: string): { name: string; stream: Readable } {
  return { name: ownUpload(id, userId).name, stream: createReadStream(join(folder, id)) };
}

/** The upload's whole content (small files: attachments). */
export async function readUpload(id: string, userId: string): Promise<{ name: string; content: Buffer }> {
  const { name } = ownUpload(id, userId);
  return { name, content: await readFile(join(folder, id)) };
}

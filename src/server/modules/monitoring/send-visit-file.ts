import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../../platform/files/display-file-name';
import type { RenderedVisitFile } from './render-visit-berita-acara';

export async function sendVisitFile(reply: FastifyReply, file: RenderedVisitFile): Promise<void> {
  await reply
    .header('Content-Type', file.mediaType)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Disposition', contentDisposition('attachment', file.filename))
    .header('Cache-Control', 'private, no-store')
    .send(file.bytes);
}

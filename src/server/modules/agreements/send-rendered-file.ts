import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/app-deps';
import { contentDisposition } from '../../platform/files/display-file-name';
import { publicBaseUrl } from '../institutions/index';
import type { RenderedFile } from './render-agreement-file';

export async function sendRenderedFile(reply: FastifyReply, file: RenderedFile): Promise<void> {
  await reply
    .header('Content-Type', file.mediaType)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Disposition', contentDisposition('attachment', file.filename))
    .header('Cache-Control', 'private, no-store')
    .send(file.bytes);
}

export function baseUrlOf(deps: AppDeps, request: FastifyRequest): string {
  return publicBaseUrl(deps, request.headers.host ? `${request.protocol}://${request.headers.host}` : null);
}

export function publicOrigin(request: FastifyRequest, requestId: string) {
  return {
    ipAddress: request.ip ?? null,
    userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
    requestId,
  };
}

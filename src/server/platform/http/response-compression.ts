import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Text answers Jalin builds per request: JSON, CSV exports, calendar feeds, the page's HTML.
 * Files (XLSX, DOCX, PDF, ZIP) are compressed already, and photos gain nothing.
 */
const compressibleTypes = /^(?:application\/json|text\/(?:csv|calendar|html|plain))(?:;|$)/;

/**
 * API answers go brotli (quality 4) or gzip when the client accepts it (ADR 0036): a facilitator on
 * one bar of signal waits for bytes, and a 50-row list shrinks to about a tenth. Request bodies are
 * never inflated: no client of ours sends them compressed, and a small compressed body may expand
 * past the body limit.
 */
export async function registerResponseCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    globalCompression: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    customTypes: compressibleTypes,
  });
}

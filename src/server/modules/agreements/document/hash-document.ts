import { createHash } from 'node:crypto';

/** The SHA-256 of a stored document, in lowercase hex, as signing records it and verification recomputes it. */
export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

import { randomBytes, createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/** Time-ordered ids (UUIDv7): sortable for keyset paging and the same text on both databases. */
export function newId(): string {
  return uuidv7();
}

/** A secret for links and tokens: 32 random bytes, URL-safe. Only its hash is stored. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

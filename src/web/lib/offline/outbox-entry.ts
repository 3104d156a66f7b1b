import type { Partner } from '../../../shared/contracts/partners';

/** A file waiting with its record; `fields` are the multipart text parts sent beside it. */
export interface OutboxFile {
  /** The file's own `Idempotency-Key`: the one an online attempt already used, if any. */
  key: string;
  name: string;
  type: string;
  blob: Blob;
  fields: Record<string, string>;
  sent: boolean;
}

export type OutboxState = 'waiting' | 'conflict' | 'refused';

interface OutboxEntryBase {
  /** Also the `Idempotency-Key` of the create; each file's key is derived from it. */
  key: string;
  createdAt: number;
  ownerId: string;
  /** What the facilitator recognises in the list: "Kunjungan · Sanggar Tenun". */
  label: string;
  state: OutboxState;
  attempts: number;
  /** The last refusal or failure, as an error code and the server's message. */
  error: { code: string; message: string } | null;
}

/** A new interaction or activity, then its photos or evidence, each sent once. */
export interface RecordWithFilesEntry extends OutboxEntryBase {
  kind: 'interaction' | 'activity';
  createPath: string;
  body: unknown;
  /** Set once the server has the record; from then on only files remain. */
  createdId: string | null;
  files: OutboxFile[];
}

/** A partner edited offline, against the version the phone had; a newer server copy is a conflict. */
export interface PartnerEditEntry extends OutboxEntryBase {
  kind: 'partner-edit';
  partnerId: string;
  /** The PATCH body, with the version it was based on. */
  body: Record<string, unknown> & { version: number };
  /** The form as it was opened and as it was saved: which fields this edit changed. */
  base: Record<string, string>;
  mine: Record<string, string>;
  /** Filled when the server's copy turned out newer. */
  server: Partner | null;
}

export type OutboxEntry = RecordWithFilesEntry | PartnerEditEntry;

/** Where a record's files go once it exists. */
export function filesPathOf(entry: RecordWithFilesEntry, createdId: string): string {
  return entry.kind === 'interaction'
    ? `/interactions/${createdId}/attachments`
    : `/activities/${createdId}/evidence`;
}

export function newOutboxKey(): string {
  return crypto.randomUUID();
}

/** The fields every entry starts with: waiting, never tried, made now. */
export function freshOutboxFields(key: string, ownerId: string, label: string) {
  return { key, createdAt: Date.now(), ownerId, label, state: 'waiting', attempts: 0, error: null } as const;
}

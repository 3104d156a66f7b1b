import { z } from 'zod';
import { partnerSchema } from '../../../shared/contracts/partners';
import { apiRequest, isApiError, isTransientFailure } from '../api-client';
import { uploadWithProgress } from '../upload-with-progress';
import {
  filesPathOf,
  type OutboxEntry,
  type PartnerEditEntry,
  type RecordWithFilesEntry,
} from './outbox-entry';
import { saveOutboxEntry } from './outbox-store';

/** `sent`: gone from the queue. `later`: no connection or a busy server. The rest wait for the user. */
export type SendOutcome = 'sent' | 'later' | 'conflict' | 'refused';

const createdSchema = z.looseObject({ id: z.string() });

/**
 * The server applied this key long ago but no longer keeps its answer (a crash between the two):
 * the record it names is ours, so the send is done (ADR 0032).
 */
function appliedRecordId(error: unknown): string | null {
  if (!isApiError(error, 'REQUEST_ALREADY_APPLIED')) return null;
  const entityId = (error.details as { entityId?: unknown } | null)?.entityId;
  return typeof entityId === 'string' ? entityId : null;
}

async function createRecord(entry: RecordWithFilesEntry): Promise<string> {
  try {
    const created = await apiRequest('POST', entry.createPath, createdSchema, {
      json: entry.body,
      headers: { 'Idempotency-Key': entry.key },
    });
    return created.id;
  } catch (error) {
    const applied = appliedRecordId(error);
    if (applied) return applied;
    throw error;
  }
}

function describe(error: unknown): { code: string; message: string } {
  if (isApiError(error)) return { code: error.code, message: error.message };
  return { code: 'UNEXPECTED_RESPONSE', message: String(error) };
}

async function sendRecordWithFiles(entry: RecordWithFilesEntry): Promise<void> {
  let createdId = entry.createdId;
  if (!createdId) {
    createdId = await createRecord(entry);
    entry.createdId = createdId;
    await saveOutboxEntry(entry);
  }
  for (const file of entry.files) {
    if (file.sent) continue;
    const form = new FormData();
    for (const [name, value] of Object.entries(file.fields)) form.append(name, value);
    form.append('file', new File([file.blob], file.name, { type: file.type }));
    await uploadWithProgress(filesPathOf(entry, createdId), createdSchema, form, () => undefined, {
      'Idempotency-Key': file.key,
    }).catch((error: unknown) => {
      if (!isApiError(error, 'REQUEST_ALREADY_APPLIED')) throw error;
    });
    file.sent = true;
    await saveOutboxEntry(entry);
  }
}

async function sendPartnerEdit(entry: PartnerEditEntry): Promise<SendOutcome> {
  try {
    await apiRequest('PATCH', `/partners/${entry.partnerId}`, partnerSchema, { json: entry.body });
    return 'sent';
  } catch (error) {
    if (!isApiError(error, 'VERSION_CONFLICT')) throw error;
    // Someone saved the partner meanwhile: both copies go to the facilitator, who chooses.
    entry.server = await apiRequest('GET', `/partners/${entry.partnerId}`, partnerSchema);
    entry.state = 'conflict';
    entry.error = describe(error);
    await saveOutboxEntry(entry);
    return 'conflict';
  }
}

/**
 * Sends one queued entry as far as it goes, saving each step, so a connection dropped halfway
 * resumes after the last file that arrived; every request carries its idempotency key, so one
 * that arrived but whose answer was lost is answered again, never applied twice.
 */
export async function sendOutboxEntry(entry: OutboxEntry): Promise<SendOutcome> {
  try {
    if (entry.kind === 'partner-edit') return await sendPartnerEdit(entry);
    await sendRecordWithFiles(entry);
    return 'sent';
  } catch (error) {
    entry.attempts += 1;
    entry.error = describe(error);
    if (isTransientFailure(error)) {
      await saveOutboxEntry(entry);
      return 'later';
    }
    entry.state = 'refused';
    await saveOutboxEntry(entry);
    return 'refused';
  }
}

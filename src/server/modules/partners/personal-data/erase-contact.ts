import { sql, type Transaction } from 'kysely';
import type { ContactErasure } from '../../../../shared/contracts/contact-personal-data';
import type { Database } from '../../../db/schema';
import type { AppDeps } from '../../../platform/app-deps';
import type { Principal } from '../../../platform/auth/principal';
import { writeAudit } from '../../../platform/audit/audit-writer';
import { redactAuditPayloads } from '../../../platform/audit/redact-audit-payloads';
import { erasureAuditAction } from '../../../platform/audit/verify-audit-chain';
import { AppError } from '../../../platform/http/app-error';
import { clearIdempotentResponseBodies } from '../../../platform/idempotency/idempotency-keys.repository';
import { getPartnerRow } from '../get-partner';
import { deleteContactRow, findContactRow } from '../partner-contacts.repository';
import { refreshPartnerSearch } from '../refresh-partner-search';
import {
  deleteContactInteractionLinks,
  forgetJobResultFile,
  listContactFeedbackRows,
  listContactInteractionRows,
  listContactInvitationRows,
  listFinishedImportFiles,
  listPartnerAgreementRows,
  listPartnerMeetingRows,
  listPartnerMessageRows,
  updateAgreementTexts,
  updateFeedbackTexts,
  updateInteractionTexts,
  updateInvitationTexts,
  updateMeetingTexts,
  updateMessageTexts,
} from './contact-personal-data.repository';
import {
  erasedMark,
  identifyingStrings,
  scrubJsonText,
  scrubNullableText,
  scrubText,
} from './scrub-personal-text';

/** Agreements not yet fixed for signing can lose the name; the others are the signed record. */
const editableAgreementStatuses = new Set(['draft', 'in_review']);

interface Scrubbed {
  removedFrom: ContactErasure['removedFrom'];
  retainedSignedAgreementIds: string[];
  fileKeys: string[];
}

/**
 * Erases a contact person (UU PDP's right to erasure): the contact row, their name, phone and
 * e-mail wherever Jalin wrote them (interactions, meetings, unsigned agreements, messages,
 * feedback, invitations, the search index and the audit payloads), the institution's stored
 * answers to re-sends, and the files of finished imports, which are copies of the people imported.
 * A signed agreement keeps its signatory.
 */
export async function eraseContact(
  deps: AppDeps,
  principal: Principal,
  partnerId: string,
  contactId: string,
  version: number,
  requestId: string,
): Promise<ContactErasure> {
  const institutionId = principal.institutionId;
  const erasedAt = deps.clock.now().toISOString();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const partner = await getPartnerRow(trx, institutionId, partnerId);
    const contact = await findContactRow(trx, institutionId, partnerId, contactId);
    if (!contact) throw new AppError('CONTACT_NOT_FOUND');
    if (contact.version !== version)
      throw new AppError('VERSION_CONFLICT', { currentVersion: contact.version });
    const secrets = identifyingStrings(contact);
    const scrubbed = await scrubRecords(trx, institutionId, partnerId, contactId, secrets);
    await deleteContactRow(trx, institutionId, contactId);
    await refreshPartnerSearch(trx, partner);
    // Answers kept for re-sends (ADR 0032) may name the person; the keys stay, so a re-send is
    // still not applied twice (it is told REQUEST_ALREADY_APPLIED instead of the answer).
    await clearIdempotentResponseBodies(trx, institutionId);
    const redactedAuditEventIds = await redactAuditPayloads(trx, {
      institutionId,
      relatedIds: [contactId, partnerId],
      subject: { entityType: 'contact', entityId: contactId },
      scrub: (json) => scrubJsonText(json, secrets),
      redactedAt: erasedAt,
    });
    const removedFrom = { ...scrubbed.removedFrom, auditEvents: redactedAuditEventIds.length };
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: erasureAuditAction,
        entityType: 'contact',
        entityId: contactId,
        after: {
          partnerId,
          removedFrom,
          retainedSignedAgreementIds: scrubbed.retainedSignedAgreementIds,
          redactedAuditEventIds,
        },
      },
    );
    return { ...scrubbed, removedFrom };
  });
  await Promise.all(outcome.fileKeys.map((key) => deps.files.remove(key)));
  await settleErasedBytes(deps);
  return {
    erasedAt,
    removedFrom: outcome.removedFrom,
    retainedSignedAgreementIds: outcome.retainedSignedAgreementIds,
  };
}

async function scrubRecords(
  trx: Transaction<Database>,
  institutionId: string,
  partnerId: string,
  contactId: string,
  secrets: string[],
): Promise<Scrubbed> {
  const text = (value: string | null) => scrubNullableText(value, secrets);
  const json = (value: string | null) => scrubJsonText(value, secrets);

  const interactions = await listContactInteractionRows(trx, institutionId, contactId);
  for (const row of interactions) {
    await updateInteractionTexts(trx, institutionId, row.id, {
      summary: text(row.summary),
      finding_other_notes: text(row.finding_other_notes),
      follow_up_task: text(row.follow_up_task),
    });
  }
  await deleteContactInteractionLinks(trx, institutionId, contactId);

  let meetings = 0;
  for (const row of await listPartnerMeetingRows(trx, institutionId, partnerId)) {
    const changed = {
      agenda: scrubText(row.agenda, secrets),
      attendees_json: json(row.attendees_json) ?? row.attendees_json,
      outcome_notes: text(row.outcome_notes),
    };
    if (changed.attendees_json === row.attendees_json && changed.agenda === row.agenda) continue;
    await updateMeetingTexts(trx, institutionId, row.id, changed);
    meetings += 1;
  }

  let agreements = 0;
  const retainedSignedAgreementIds: string[] = [];
  for (const row of await listPartnerAgreementRows(trx, institutionId, partnerId)) {
    const signatories = json(row.signatories_json) ?? row.signatories_json;
    const terms = json(row.terms_json);
    if (signatories === row.signatories_json && terms === row.terms_json) continue;
    if (!editableAgreementStatuses.has(row.status)) {
      retainedSignedAgreementIds.push(row.id);
      continue;
    }
    await updateAgreementTexts(trx, institutionId, row.id, {
      signatories_json: signatories,
      terms_json: terms,
    });
    agreements += 1;
  }

  let messages = 0;
  for (const row of await listPartnerMessageRows(trx, institutionId, partnerId)) {
    const toContact = row.contact_id === contactId;
    const changed = {
      contact_id: toContact ? null : row.contact_id,
      recipient: toContact ? erasedMark : scrubText(row.recipient, secrets),
      subject: text(row.subject),
      body: scrubText(row.body, secrets),
    };
    if (
      !toContact &&
      changed.recipient === row.recipient &&
      changed.body === row.body &&
      changed.subject === row.subject
    ) {
      continue;
    }
    await updateMessageTexts(trx, institutionId, row.id, changed);
    messages += 1;
  }

  const feedback = await listContactFeedbackRows(trx, institutionId, contactId);
  for (const row of feedback) {
    await updateFeedbackTexts(trx, institutionId, row.id, {
      contact_id: null,
      respondent_name: null,
      answer_ip_address: null,
      comments: text(row.comments),
      improve: text(row.improve),
    });
  }

  const invitations = await listContactInvitationRows(trx, institutionId, contactId);
  for (const row of invitations) {
    await updateInvitationTexts(trx, institutionId, row.id, {
      contact_id: null,
      reply_note: text(row.reply_note),
    });
  }

  const fileKeys: string[] = [];
  for (const job of await listFinishedImportFiles(trx, institutionId)) {
    const input = JSON.parse(job.input_json) as { fileKey?: unknown };
    if (typeof input.fileKey === 'string') fileKeys.push(input.fileKey);
    if (job.result_file_key) {
      fileKeys.push(job.result_file_key);
      await forgetJobResultFile(trx, institutionId, job.id);
    }
  }

  return {
    removedFrom: {
      interactions: interactions.length,
      meetings,
      agreements,
      messages,
      feedback: feedback.length,
      gatheringInvitations: invitations.length,
      auditEvents: 0,
      importFiles: fileKeys.length,
    },
    retainedSignedAgreementIds,
    fileKeys,
  };
}

/**
 * SQLite keeps a changed page in the WAL until a checkpoint, and the search index's merged segments
 * until an optimize; both run now so the files on disk hold no copy. PostgreSQL's dead tuples are
 * left to VACUUM (docs/security.md).
 */
async function settleErasedBytes(deps: AppDeps): Promise<void> {
  if (deps.dialect !== 'sqlite') return;
  await sql`INSERT INTO partner_search_fts (partner_search_fts) VALUES ('optimize')`.execute(deps.db);
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(deps.db);
}

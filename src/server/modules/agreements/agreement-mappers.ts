import type {
  Agreement,
  AgreementSummary,
  agreementCommentSchema,
  agreementSignatureSummarySchema,
  meteraiNoteSchema,
} from '../../../shared/contracts/agreements';
import type { z } from 'zod';
import {
  displayAgreementStatus,
  type AgreementKind,
  type StoredAgreementStatus,
} from '../../../shared/domain/agreement-status';
import type { PatternTerms } from '../../../shared/domain/pattern-terms';
import type { StoredSignatories } from './agreement-content';
import type { AgreementCommentRow, AgreementListRow } from './agreements.repository';
import type { AgreementSignatureRow, MeteraiNoteRow } from './signing/signatures.repository';

export function parseSignatories(json: string): StoredSignatories {
  const parsed = JSON.parse(json) as Partial<StoredSignatories>;
  return {
    institution: {
      name: parsed.institution?.name ?? '',
      position: parsed.institution?.position ?? '',
      userId: parsed.institution?.userId ?? null,
    },
    partner: {
      name: parsed.partner?.name ?? '',
      position: parsed.partner?.position ?? '',
      contactId: parsed.partner?.contactId ?? null,
    },
    witnesses: (parsed.witnesses ?? []).map((witness) => ({
      name: witness.name,
      position: witness.position ?? null,
      party: witness.party,
    })),
  };
}

export function parseTerms(json: string | null): PatternTerms | null {
  return json ? (JSON.parse(json) as PatternTerms) : null;
}

export function parseChanges(json: string | null): string[] | null {
  return json ? (JSON.parse(json) as string[]) : null;
}

export function toAgreementSummary(row: AgreementListRow, today: string): AgreementSummary {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    partnershipName: row.partnership_name,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    kind: row.kind as AgreementKind,
    subject: row.subject,
    status: displayAgreementStatus(row.status as StoredAgreementStatus, row.ends_on, today),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    numbers: { institution: row.institution_number, partner: row.partner_number },
    parentAgreementId: row.parent_agreement_id,
    updatedAt: row.updated_at,
  };
}

export function toSignatureSummary(
  row: AgreementSignatureRow,
): z.input<typeof agreementSignatureSummarySchema> {
  return {
    id: row.id,
    party: row.party as 'institution' | 'partner',
    signerName: row.signer_name,
    signerPosition: row.signer_position,
    method: row.method as 'drawn' | 'uploaded_scan',
    signedAt: row.signed_at,
    versionNumber: row.version_number,
  };
}

export function toMeteraiNote(row: MeteraiNoteRow): z.input<typeof meteraiNoteSchema> {
  return {
    id: row.id,
    copyHolder: row.copy_holder as 'institution' | 'partner',
    kind: row.kind as 'physical' | 'e_meterai',
    serial: row.serial,
    note: row.note,
    recordedAt: row.recorded_at,
  };
}

export function toComment(row: AgreementCommentRow): z.input<typeof agreementCommentSchema> {
  return {
    id: row.id,
    versionNumber: row.version_number,
    authorKind: row.author_kind as 'internal' | 'partner',
    authorName: row.author_name,
    articleTitle: row.article_title,
    body: row.body,
    resolvedAt: row.resolved_at,
    createdAt: row.created_at,
  };
}

export interface AgreementExtras {
  today: string;
  patternName: string | null;
  clauseOverrides: Record<string, string>;
  childAgreementIds: string[];
  internalApprovedByName: string | null;
  signatures: AgreementSignatureRow[];
  meteraiNotes: MeteraiNoteRow[];
  finalSizeBytes: number | null;
}

export function toAgreement(row: AgreementListRow, extras: AgreementExtras): Agreement {
  const signatories = parseSignatories(row.signatories_json);
  return {
    ...toAgreementSummary(row, extras.today),
    storedStatus: row.status as StoredAgreementStatus,
    pattern: row.pattern,
    patternName: extras.patternName,
    place: row.place,
    datedOn: row.dated_on,
    currentVersion: row.current_version,
    signatories: { institution: signatories.institution, partner: signatories.partner },
    witnesses: signatories.witnesses,
    terms: parseTerms(row.terms_json),
    changes: parseChanges(row.changes_json),
    clauseOverrides: extras.clauseOverrides,
    childAgreementIds: extras.childAgreementIds,
    review: {
      internalApprovedAt: row.internal_approved_at,
      internalApprovedByName: extras.internalApprovedByName,
      partnerApprovedAt: row.partner_approved_at,
      partnerApprovedName: row.partner_approved_name,
    },
    signatures: extras.signatures.map(toSignatureSummary),
    meteraiNotes: extras.meteraiNotes.map(toMeteraiNote),
    final:
      row.final_file_id && row.final_sha256 && row.activated_at
        ? {
            fileId: row.final_file_id,
            sha256: row.final_sha256,
            activatedAt: row.activated_at,
            sizeBytes: extras.finalSizeBytes ?? 0,
          }
        : null,
    terminatedAt: row.terminated_at,
    terminationReason: row.termination_reason,
    version: row.version,
    createdAt: row.created_at,
  };
}

import type { AgreementKind } from '../../../shared/domain/agreement-status';
import type { Db } from '../../db/database';
import type { AppDeps } from '../../platform/app-deps';
import { findAgreedWorkPlan } from '../work-plans/index';
import type { AgreementContent } from './agreement-content';
import { parseChanges, parseSignatories, parseTerms } from './agreement-mappers';
import {
  findPartnerSource,
  findPartnershipSource,
  findRegionName,
  findStoredFile,
} from './agreement-sources.repository';
import { findAgreementRow, findInstitutionRow, type AgreementRow } from './agreements.repository';
import { loadClauseLibrary } from './clause-library';
import type { AgreementDocument, DocumentLogo } from './document/agreement-document-model';
import type { ClauseOverrides } from './document/clause-templates';
import type { AgreementDocumentInput } from './document/compose-agreement-document';
import { currentClauseOverrides, getAgreementRow, institutionToday, patternNameOf } from './get-agreement';

export type AgreementFields = Omit<AgreementContent, 'articles'>;

export interface DocumentInputOptions {
  now: Date;
  /** Final copy: no DRAF marker; defaults to true until the agreement is active. */
  draft?: boolean;
  signatures?: AgreementDocumentInput['signatures'];
  certificate?: AgreementDocumentInput['certificate'];
}

/** The fields the row holds now, with the current version's clause overrides. */
export function fieldsOfRow(row: AgreementRow, clauseOverrides: Record<string, string>): AgreementFields {
  const signatories = parseSignatories(row.signatories_json);
  return {
    kind: row.kind as AgreementKind,
    pattern: row.pattern,
    subject: row.subject,
    place: row.place,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    datedOn: row.dated_on,
    partnerNumber: row.partner_number,
    signatories: { institution: signatories.institution, partner: signatories.partner },
    witnesses: signatories.witnesses,
    terms: parseTerms(row.terms_json),
    changes: parseChanges(row.changes_json),
    clauseOverrides,
  };
}

const kindHeadings: Record<AgreementKind, string> = {
  mou: 'NOTA KESEPAHAMAN',
  pks: 'PERJANJIAN KERJA SAMA',
  addendum: 'PERJANJIAN KERJA SAMA',
  extension: 'PERJANJIAN KERJA SAMA',
};

/** Kemendagri codes nest: the regency is the first two parts of any deeper code. */
async function regencyNameOf(db: Db, regionCode: string | null): Promise<string | null> {
  if (!regionCode) return null;
  const parts = regionCode.split('.');
  if (parts.length < 2) return null;
  return findRegionName(db, parts.slice(0, 2).join('.'));
}

async function logoOf(deps: Pick<AppDeps, 'db' | 'files'>, institutionId: string, fileId: string | null) {
  if (!fileId) return null;
  const file = await findStoredFile(deps.db, institutionId, fileId);
  if (!file || (file.media_type !== 'image/png' && file.media_type !== 'image/jpeg')) return null;
  const logo: DocumentLogo = { bytes: await deps.files.read(file.storage_key), mediaType: file.media_type };
  return logo;
}

async function parentOf(
  db: Db,
  institutionId: string,
  parentId: string | null,
): Promise<AgreementDocument['parent']> {
  if (!parentId) return null;
  const parent = await findAgreementRow(db, institutionId, parentId);
  if (!parent) return null;
  return {
    heading: kindHeadings[parent.kind as AgreementKind],
    number: parent.institution_number,
    date: parent.dated_on ?? parent.activated_at?.slice(0, 10) ?? parent.starts_on,
  };
}

/**
 * Everything the document engine needs for one agreement: the institution (with its logo), the
 * partner, the pattern's name, the agreed work plan, the clause library overlaid by this
 * agreement's own wording. Signatures and the certificate come from the signing use cases.
 */
export async function buildAgreementDocumentInput(
  deps: Pick<AppDeps, 'db' | 'files'>,
  institutionId: string,
  row: AgreementRow,
  fields: AgreementFields,
  options: DocumentInputOptions,
): Promise<AgreementDocumentInput> {
  const db = deps.db;
  const institution = await findInstitutionRow(db, institutionId);
  const partner = await findPartnerSource(db, institutionId, row.partner_id);
  const partnership = await findPartnershipSource(db, institutionId, row.partnership_id);
  const workPlan = await findAgreedWorkPlan(db, institutionId, row.partnership_id);
  const library = await loadClauseLibrary(db, institutionId, fields.kind);
  const clauses: ClauseOverrides = { ...library, ...(fields.clauseOverrides as ClauseOverrides) };
  const stored = row.status;
  return {
    kind: fields.kind,
    pattern: fields.pattern ?? 'custom:none',
    patternName: (await patternNameOf(db, institutionId, fields.pattern)) ?? 'kemitraan',
    subject: fields.subject,
    programme: partnership?.programme ?? null,
    numbers: { institution: row.institution_number, partner: fields.partnerNumber },
    institution: {
      name: institution?.name ?? '',
      address: institution?.address ?? null,
      regencyName: await regencyNameOf(db, institution?.region_code ?? null),
      npsn: institution?.npsn ?? null,
      logo: await logoOf(deps, institutionId, institution?.logo_file_id ?? null),
    },
    partner: {
      name: partner?.name ?? '',
      address: partner?.address ?? null,
      regencyName: await regencyNameOf(db, partner?.region_code ?? null),
      nib: partner?.nib ?? null,
      npwp: partner?.npwp ?? null,
      cooperativeLegalNumber: partner?.cooperative_legal_number ?? null,
    },
    signatories: {
      institution: {
        name: fields.signatories.institution.name,
        position: fields.signatories.institution.position,
      },
      partner: { name: fields.signatories.partner.name, position: fields.signatories.partner.position },
    },
    witnesses: fields.witnesses.map((witness) => ({ name: witness.name, position: witness.position })),
    opening: {
      date: fields.datedOn ?? (await institutionToday(db, institutionId, options.now)),
      place: fields.place,
    },
    term: { startsOn: fields.startsOn, endsOn: fields.endsOn },
    terms: fields.terms,
    workPlanItems: workPlan?.items ?? [],
    clauses,
    parent: await parentOf(db, institutionId, row.parent_agreement_id),
    changes: fields.changes,
    signatures: options.signatures ?? { institution: null, partner: null },
    certificate: options.certificate ?? null,
    draft: options.draft ?? !(stored === 'active' || stored === 'terminated'),
  };
}

/** The input for the agreement as it stands now (the signing use cases call this). */
export async function buildCurrentAgreementDocumentInput(
  deps: Pick<AppDeps, 'db' | 'files'>,
  institutionId: string,
  agreementId: string,
  options: DocumentInputOptions,
): Promise<AgreementDocumentInput> {
  const row = await getAgreementRow(deps.db, institutionId, agreementId);
  const fields = fieldsOfRow(row, await currentClauseOverrides(deps.db, institutionId, row));
  return buildAgreementDocumentInput(deps, institutionId, row, fields, options);
}

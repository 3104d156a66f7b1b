/** Tables of partner links (platform/links) and of the agreements module (migrations 0013, 0015). */

/** A link a partner opens without an account (platform/links); the token itself is never stored. */
export interface PublicLinksTable {
  id: string;
  institution_id: string;
  purpose: string;
  subject_id: string;
  token_hash: string;
  single_use: number;
  recipient: string | null;
  created_by_user_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
}

export interface AgreementsTable {
  id: string;
  institution_id: string;
  partnership_id: string;
  partner_id: string;
  kind: string;
  pattern: string | null;
  subject: string;
  place: string;
  status: string;
  starts_on: string;
  ends_on: string;
  dated_on: string | null;
  institution_number: string | null;
  partner_number: string | null;
  number_year: number | null;
  number_sequence: number | null;
  parent_agreement_id: string | null;
  current_version: number;
  signatories_json: string;
  terms_json: string | null;
  changes_json: string | null;
  internal_approved_by_user_id: string | null;
  internal_approved_at: string | null;
  partner_approved_name: string | null;
  partner_approved_at: string | null;
  final_file_id: string | null;
  final_sha256: string | null;
  activated_at: string | null;
  terminated_at: string | null;
  termination_reason: string | null;
  version: number;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface AgreementVersionsTable {
  id: string;
  institution_id: string;
  agreement_id: string;
  number: number;
  content_json: string;
  note: string | null;
  created_by_user_id: string | null;
  created_at: string;
}

export interface ClauseTemplatesTable {
  id: string;
  institution_id: string;
  clause_key: string;
  agreement_kind: string;
  version: number;
  body: string;
  retired_at: string | null;
  created_by_user_id: string | null;
  created_at: string;
}

export interface AgreementNumberCountersTable {
  institution_id: string;
  year: number;
  last_sequence: number;
}

export interface AgreementCommentsTable {
  id: string;
  institution_id: string;
  agreement_id: string;
  version_number: number;
  author_kind: string;
  author_user_id: string | null;
  author_name: string;
  article_title: string | null;
  body: string;
  resolved_at: string | null;
  created_at: string;
}

export interface AgreementSignaturesTable {
  id: string;
  institution_id: string;
  agreement_id: string;
  version_number: number;
  party: string;
  signer_name: string;
  signer_position: string;
  method: string;
  file_id: string;
  signed_by_user_id: string | null;
  public_link_id: string | null;
  ip_address: string | null;
  user_agent: string | null;
  signed_at: string;
}

export interface AgreementMeteraiNotesTable {
  id: string;
  institution_id: string;
  agreement_id: string;
  copy_holder: string;
  kind: string;
  serial: string | null;
  note: string | null;
  recorded_by_user_id: string | null;
  recorded_at: string;
}

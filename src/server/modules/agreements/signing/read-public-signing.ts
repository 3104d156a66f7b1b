import type { z } from 'zod';
import type { publicSigningSchema } from '../../../../shared/contracts/agreements';
import type { Db } from '../../../db/database';
import { openPublicLink, type PublicLink } from '../../../platform/links/public-links';
import { agreementHeading } from './agreement-heading';
import { agreementSigningPurpose } from './issue-signing-link';
import { loadSigningAgreement, type SigningAgreement } from './signing-agreement';
import { findSigningPartyNames, listAgreementSignatureRows } from './signatures.repository';

export type PublicSigning = z.input<typeof publicSigningSchema>;

export function openSigningLink(db: Db, agreementId: string, token: string, now: Date): Promise<PublicLink> {
  return openPublicLink(db, {
    token,
    purpose: agreementSigningPurpose,
    subjectId: agreementId,
    now: now.toISOString(),
  });
}

export async function publicSigningOf(
  db: Db,
  state: SigningAgreement,
  link: PublicLink,
): Promise<PublicSigning> {
  const { row, signatories } = state;
  const names = await findSigningPartyNames(db, row.institution_id, row.partner_id);
  const signed = await listAgreementSignatureRows(db, row.institution_id, row.id);
  return {
    institutionName: names.institutionName,
    partnerName: names.partnerName,
    heading: agreementHeading(row.kind),
    subject: row.subject,
    numbers: { institution: row.institution_number, partner: row.partner_number },
    versionNumber: row.current_version,
    // The signer is asked to confirm these; the page shows them so a typo on record is noticed.
    signatory: { name: signatories.partner.name, position: signatories.partner.position },
    alreadySigned: signed.some(
      (signature) => signature.party === 'partner' && signature.version_number === row.current_version,
    ),
    expiresAt: link.expiresAt,
  };
}

/** What the partner's signatory sees before signing; the link must still be unused and unexpired. */
export async function readPublicSigning(
  db: Db,
  agreementId: string,
  token: string,
  now: Date,
): Promise<PublicSigning> {
  const link = await openSigningLink(db, agreementId, token, now);
  return publicSigningOf(db, await loadSigningAgreement(db, link.institutionId, agreementId), link);
}

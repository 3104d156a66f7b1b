import type { AppDeps } from '../../../platform/app-deps';
import { buildCurrentAgreementDocumentInput } from '../build-agreement-document-input';
import type { SignatureMark } from '../document/agreement-document-model';
import { composeAgreementDocument } from '../document/compose-agreement-document';
import { renderAgreementPdf } from '../document/render-agreement-pdf';
import { appendScanPages } from './append-scan-pages';
import { scanNoteImage } from './scan-note-image';
import type { SigningAgreement, SigningParty } from './signing-agreement';
import { signingEvents, type SigningMark } from './signing-marks';

async function signatureMarkOf(mark: SigningMark | undefined): Promise<SignatureMark | null> {
  if (!mark) return null;
  return {
    imagePng: mark.method === 'drawn' ? mark.bytes : await scanNoteImage(),
    signedAt: mark.signedAt,
  };
}

/**
 * The signed copy: the frozen version without the DRAF marker, each party's drawing in its column
 * (or a note pointing to the scan), the certificate page listing every signing, then the scanned
 * signed paper copies, the institution's first.
 */
export async function renderSignedCopy(
  deps: AppDeps,
  state: SigningAgreement,
  marks: SigningMark[],
): Promise<Buffer> {
  const byParty = (party: SigningParty) => marks.find((mark) => mark.party === party);
  const input = await buildCurrentAgreementDocumentInput(deps, state.row.institution_id, state.row.id, {
    now: deps.clock.now(),
    draft: false,
    signatures: {
      institution: await signatureMarkOf(byParty('institution')),
      partner: await signatureMarkOf(byParty('partner')),
    },
    certificate: {
      events: signingEvents(marks),
      agreementId: state.row.id,
      versionNumber: state.row.current_version,
    },
  });
  const rendered = await renderAgreementPdf(composeAgreementDocument(input));
  const scans = (['institution', 'partner'] as const)
    .map(byParty)
    .filter((mark): mark is SigningMark => mark?.method === 'uploaded_scan')
    .map((mark) => mark.bytes);
  return appendScanPages(rendered, scans);
}

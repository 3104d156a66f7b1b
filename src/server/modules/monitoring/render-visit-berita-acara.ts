import type { Locale } from '../../../shared/contracts/auth';
import { fill } from '../../../shared/i18n/catalog';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { renderBeritaAcaraDocx, renderBeritaAcaraPdf, type BeritaAcaraDocument } from '../agreements/index';
import { findDocumentLocale } from '../institutions/index';
import { renderMonevDocx, renderMonevPdf } from '../monev-report/index';
import { englishVisitRecord } from './english-visit-record';
import { getMonitoringVisit } from './get-monitoring-visit';
import { linesOf } from './monitoring-mappers';
import { findInstitutionRow, findMonitoredPartnership, listPartnerPartiesOf } from './monitoring.repository';
import { visitBeritaAcaraWords } from './visit-berita-acara-words';

export interface RenderedVisitFile {
  bytes: Buffer;
  mediaType: string;
  filename: string;
}

/** "Nama, Jabatan" as typed in the visit; a name alone signs as a representative. */
function signatoryOf(person: string | undefined, party: 'institution' | 'partner', representative: string) {
  const [name = '', ...rest] = (person ?? '').split(',');
  const position = rest.join(',').trim();
  return { name: name.trim() || '……………………', position: position || representative, party };
}

function numbered(text: string): BeritaAcaraDocument['body'][number] {
  const lines = linesOf(text);
  return lines.length > 1
    ? { kind: 'list', ordered: true, items: lines }
    : { kind: 'paragraph', text: lines[0] ?? '' };
}

/** Indonesian through the berita acara printable; English as a report (see `englishVisitRecord`). */
async function printed(doc: BeritaAcaraDocument, locale: Locale, format: 'pdf' | 'docx'): Promise<Buffer> {
  if (locale === 'en') {
    const record = englishVisitRecord(doc);
    return format === 'pdf' ? renderMonevPdf(record, locale) : renderMonevDocx(record, locale);
  }
  return format === 'pdf' ? renderBeritaAcaraPdf(doc) : renderBeritaAcaraDocx(doc);
}

/**
 * The Berita Acara Monitoring dan Evaluasi of one visit: a printout to sign on the spot, rendered on
 * demand and not stored (the visit record is the source; its changes are audited). It is written in
 * the institution's document language, whoever prints it.
 */
export async function renderVisitBeritaAcara(
  deps: AppDeps,
  principal: Principal,
  visitId: string,
  format: 'pdf' | 'docx',
  requestId: string,
): Promise<RenderedVisitFile> {
  const institutionId = principal.institutionId;
  const visit = await getMonitoringVisit(deps.db, institutionId, visitId);
  const [institution, partnership, partners, locale] = await Promise.all([
    findInstitutionRow(deps.db, institutionId),
    findMonitoredPartnership(deps.db, institutionId, visit.partnershipId),
    listPartnerPartiesOf(deps.db, institutionId, visit.partnershipId),
    findDocumentLocale(deps.db, institutionId),
  ]);
  const words = visitBeritaAcaraWords[locale];
  if (!institution || !partnership) throw new AppError('MONITORING_VISIT_NOT_FOUND');
  const partnerName = partners.map((p) => p.name).join(', ') || partnership.name;
  const attendance = [
    ...visit.visitors.map((person) => [person, institution.name]),
    ...visit.partnerAttendees.map((person) => [person, partnerName]),
  ].map((row, index) => [String(index + 1), ...row]);
  const doc: BeritaAcaraDocument = {
    kind: 'monitoring_visit',
    heading: words.heading,
    number: null,
    letterhead: {
      institutionName: institution.name,
      lines: institution.address ? [institution.address] : [],
      logo: null,
    },
    opening: { date: visit.visitedOn, place: visit.place },
    parties: {
      institution: { name: institution.name, address: institution.address, identifiers: [] },
      partner: { name: partnerName, address: partners[0]?.address ?? null, identifiers: [] },
    },
    body: [
      { kind: 'paragraph', text: fill(words.attendedBy, { partnership: partnership.name }) },
      { kind: 'table', header: Object.values(words.attendanceHeader), rows: attendance },
      { kind: 'paragraph', text: words.results },
      { kind: 'paragraph', text: words.findings },
      numbered(visit.findings),
      { kind: 'paragraph', text: words.recommendations },
      visit.recommendations ? numbered(visit.recommendations) : { kind: 'paragraph', text: '-' },
    ],
    signatories: {
      institution: signatoryOf(visit.visitors[0], 'institution', words.representative),
      partner: signatoryOf(visit.partnerAttendees[0], 'partner', words.representative),
    },
    signatures: { institution: null, partner: null },
    draft: false,
  };
  const bytes = await printed(doc, locale, format);
  await deps.db.transaction().execute((trx) =>
    writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'monitoring_visit.berita_acara_rendered',
        entityType: 'monitoring_visit',
        entityId: visitId,
        after: { format, visitedOn: visit.visitedOn },
      },
    ),
  );
  return {
    bytes,
    mediaType:
      format === 'pdf'
        ? 'application/pdf'
        : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    filename: `${words.fileStem}-${visit.visitedOn}.${format}`,
  };
}

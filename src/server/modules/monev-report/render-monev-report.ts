import type { MonevReportFormat } from '../../../shared/contracts/monev-report';
import { localDateOf } from '../../../shared/domain/local-date';
import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';
import type { AppDeps } from '../../platform/app-deps';
import type { RenderedFile } from '../agreements/index';
import { composeMonevDocument } from './compose-monev-document';
import { loadMonevSource } from './load-monev-source';
import { renderMonevDocx } from './render-monev-docx';
import { renderMonevPdf } from './render-monev-pdf';

const mediaTypes: Record<MonevReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** "laporan-monev-2026-pkw-tas-rajut.pdf": ASCII only, whatever the partnership is called. */
export function monevReportFileName(
  partnershipName: string,
  cycleYear: number,
  format: MonevReportFormat,
): string {
  const slug = partnershipName
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60)
    .replace(/-+$/, '');
  return `laporan-monev-${cycleYear}${slug ? `-${slug}` : ''}.${format}`;
}

/** The laporan monev of one evaluation, composed from what is recorded now; a printout, not stored. */
export async function renderMonevReport(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  institutionId: string,
  evaluationId: string,
  format: MonevReportFormat,
): Promise<RenderedFile> {
  const source = await loadMonevSource(deps.db, institutionId, evaluationId);
  const today = localDateOf(deps.clock.now(), source.institution.time_zone as TimeZoneCode);
  const doc = composeMonevDocument(source, today);
  const bytes = format === 'pdf' ? await renderMonevPdf(doc) : await renderMonevDocx(doc);
  return {
    bytes,
    mediaType: mediaTypes[format],
    filename: monevReportFileName(source.partnership.name, source.evaluation.cycle_year, format),
  };
}

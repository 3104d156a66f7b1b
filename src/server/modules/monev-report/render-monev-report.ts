import type { Locale } from '../../../shared/contracts/auth';
import type { MonevReportFormat } from '../../../shared/contracts/monev-report';
import { localDateOf } from '../../../shared/domain/local-date';
import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';
import type { AppDeps } from '../../platform/app-deps';
import type { RenderedFile } from '../agreements/index';
import { findDocumentLocale } from '../institutions/index';
import { composeMonevDocument } from './compose-monev-document';
import { loadMonevSource } from './load-monev-source';
import { renderMonevDocx } from './render-monev-docx';
import { renderMonevPdf } from './render-monev-pdf';
import { monevWords } from './monev-words';

const mediaTypes: Record<MonevReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * "laporan-monev-2026-pkw-tas-rajut.pdf" ("monitoring-evaluation-report-2026-….pdf" in English): ASCII
 * only, whatever the partnership is called.
 */
export function monevReportFileName(
  partnershipName: string,
  cycleYear: number,
  format: MonevReportFormat,
  locale: Locale = 'id',
): string {
  const slug = partnershipName
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${monevWords[locale].fileStem}-${cycleYear}${slug ? `-${slug}` : ''}.${format}`;
}

/**
 * The laporan monev of one evaluation, composed from what is recorded now, in the institution's
 * document language whoever downloads it; a printout, not stored.
 */
export async function renderMonevReport(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  institutionId: string,
  evaluationId: string,
  format: MonevReportFormat,
): Promise<RenderedFile> {
  const source = await loadMonevSource(deps.db, institutionId, evaluationId);
  const locale = await findDocumentLocale(deps.db, institutionId);
  const today = localDateOf(deps.clock.now(), source.institution.time_zone as TimeZoneCode);
  const doc = composeMonevDocument(source, today, locale);
  const bytes = format === 'pdf' ? await renderMonevPdf(doc, locale) : await renderMonevDocx(doc, locale);
  return {
    bytes,
    mediaType: mediaTypes[format],
    filename: monevReportFileName(source.partnership.name, source.evaluation.cycle_year, format, locale),
  };
}

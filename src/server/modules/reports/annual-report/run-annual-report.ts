import { z } from 'zod';
import type { Locale } from '../../../../shared/contracts/auth';
import { annualReportFormats, type AnnualReportResult } from '../../../../shared/contracts/reports';
import { roles } from '../../../../shared/domain/roles';
import { fill } from '../../../../shared/i18n/catalog';
import type { Principal } from '../../../platform/auth/principal';
import type { JobContext, JobHandler, JobOutcome } from '../../jobs/index';
import { renderMonevDocx, renderMonevPdf } from '../../monev-report/index';
import { annualVocabulary } from './annual-words';
import { composeAnnualDocument } from './compose-annual-document';
import { loadAnnualSource } from './load-annual-source';
import { renderAnnualXlsx } from './render-annual-xlsx';

/**
 * What the request stored: the year and format, who asked (the report reads as them), and the
 * institution's document language when it was asked (`locale`), which the report is written in.
 */
export const annualReportJobInputSchema = z.object({
  year: z.number().int(),
  format: z.enum(annualReportFormats),
  userId: z.string(),
  userName: z.string(),
  email: z.string(),
  role: z.enum(roles),
  locale: z.enum(['id', 'en']),
});
export type AnnualReportJobInput = z.infer<typeof annualReportJobInputSchema>;

const mediaTypes: Record<AnnualReportResult['format'], string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * "laporan-kemitraan-2026-lkp-tas-rajut-banjarbaru.pdf" ("annual-partnership-report-2026-…" in
 * English): ASCII only, whatever the institution is called.
 */
export function annualReportFileName(
  institutionName: string,
  year: number,
  format: string,
  locale: Locale,
): string {
  const slug = institutionName
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60)
    .replace(/-+$/, '');
  const stem = fill(annualVocabulary(locale).words.fileName, { year });
  return `${stem}${slug ? `-${slug}` : ''}.${format}`;
}

async function runAnnualReport({ deps, job, reportProgress }: JobContext): Promise<JobOutcome> {
  const input = annualReportJobInputSchema.parse(JSON.parse(job.input_json));
  const principal: Principal = {
    userId: input.userId,
    userName: input.userName,
    email: input.email,
    role: input.role,
    locale: input.locale,
    institutionId: job.institution_id,
    supervisedRegionCodes: [],
    via: 'command',
    sessionId: null,
    csrfToken: null,
  };
  await reportProgress(0.05);
  const source = await loadAnnualSource(deps, principal, input.year);
  await reportProgress(0.4);
  const vocabulary = annualVocabulary(input.locale);
  const resultFile =
    input.format === 'xlsx'
      ? await renderAnnualXlsx(source, vocabulary)
      : input.format === 'pdf'
        ? await renderMonevPdf(composeAnnualDocument(source, vocabulary), input.locale)
        : await renderMonevDocx(composeAnnualDocument(source, vocabulary), input.locale);
  const result: AnnualReportResult = {
    year: input.year,
    format: input.format,
    fileName: annualReportFileName(source.institution.name, input.year, input.format, input.locale),
    mediaType: mediaTypes[input.format],
  };
  return { result, resultFile };
}

export const annualReportJob: JobHandler = { kind: 'reports.annual', run: runAnnualReport };

import { PassThrough, type Readable } from 'node:stream';
import yazl from 'yazl';
import type { Locale } from '../../../shared/contracts/auth';
import { localDateOf } from '../../../shared/domain/local-date';
import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';
import type { AppDeps } from '../../platform/app-deps';
import { renderAgreementFile } from '../agreements/index';
import { findInstitution, renderMonevReport } from '../monev-report/index';
import { loadPackPartnership, type PackPartnership, type PackPartnershipRow } from './load-pack-partnership';
import { asciiSlug, position } from './pack-names';
import { packWords } from './pack-words';
import { entryPath, planPackEntries, type EntrySource, type PackEntry } from './plan-pack-entries';
import { renderPackIndexPdf } from './render-pack-index-pdf';
import { renderWorkPlanPdf } from './render-work-plan-pdf';

export interface EvidencePack {
  filename: string;
  /** The ZIP as it is written: one entry's bytes at a time, never the whole archive. */
  stream: Readable;
}

type Deps = Pick<AppDeps, 'db' | 'files' | 'clock'>;

/**
 * One ZIP of everything a funder or an accreditation visit asks for: an index PDF first, then each
 * partnership's agreements (the signed copy with its certificate page, or the current draft),
 * work plans, activity evidence and monev reports. `prefixed` puts each partnership in its own
 * numbered folder (a programme pack). The index, the work plans and the names Jalin gives are in
 * `locale`, the institution's document language; agreements and monev reports come as their own
 * modules render them.
 */
export async function buildEvidencePack(
  deps: Deps,
  institutionId: string,
  partnerships: PackPartnershipRow[],
  options: { heading: string; filename: string; prefixed: boolean; locale: Locale },
): Promise<EvidencePack> {
  const { locale } = options;
  const institution = await findInstitution(deps.db, institutionId);
  const now = deps.clock.now();
  const today = localDateOf(now, institution.time_zone as TimeZoneCode);
  const loaded: PackPartnership[] = [];
  const entries: PackEntry[] = [];
  const plans = new Map<string, { partnershipName: string; plan: PackPartnership['workPlans'][number] }>();
  for (const [index, partnership] of partnerships.entries()) {
    const data = await loadPackPartnership(deps.db, institutionId, partnership);
    loaded.push(data);
    for (const plan of data.workPlans) plans.set(plan.id, { partnershipName: partnership.name, plan });
    entries.push(
      ...planPackEntries(
        data,
        options.prefixed ? `${position(index)}-${asciiSlug(partnership.name, locale)}` : '',
        locale,
      ),
    );
  }
  const index = await renderPackIndexPdf({
    institutionName: institution.name,
    heading: options.heading,
    date: today,
    partnerships: loaded,
    entries,
    locale,
  });

  const render = async (source: EntrySource): Promise<Buffer> => {
    switch (source.kind) {
      case 'agreement':
        return (await renderAgreementFile(deps, institutionId, source.agreementId, 'pdf')).bytes;
      case 'work_plan': {
        const { partnershipName, plan } = plans.get(source.workPlanId)!;
        return renderWorkPlanPdf(institution.name, partnershipName, plan, today, locale);
      }
      case 'monev':
        return (await renderMonevReport(deps, institutionId, source.evaluationId, 'pdf')).bytes;
      case 'stored':
        throw new Error('stored files are streamed');
    }
  };

  const zip = new yazl.ZipFile();
  const output = zip.outputStream as unknown as Readable;
  const mtime = now;
  zip.addBuffer(index, packWords[locale].files.index, { mtime });
  // Bytes appear only when the ZIP reaches the entry: a stored file is streamed from the store, a
  // document rendered then, so a pack of many photos holds one of them at a time.
  for (const entry of entries) {
    const source = entry.source;
    // Photos and PDFs are compressed already; deflating them again costs time for nothing.
    const entryOptions = { mtime, compress: source.kind !== 'stored' };
    zip.addReadStreamLazy(entryPath(entry), entryOptions, (done) => {
      if (source.kind === 'stored') {
        const stream = deps.files.stream(source.storageKey);
        stream.on('error', (error) => output.destroy(error));
        done(null, stream);
        return;
      }
      render(source).then(
        (bytes) => done(null, new PassThrough().end(bytes)),
        (error: unknown) =>
          done(error instanceof Error ? error : new Error(String(error)), new PassThrough()),
      );
    });
  }
  // A file that cannot be read or rendered ends the download broken, not silently incomplete.
  zip.on('error', (error: Error) => output.destroy(error));
  zip.end();
  return { filename: options.filename, stream: output };
}

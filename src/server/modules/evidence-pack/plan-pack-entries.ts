import type { Locale } from '../../../shared/contracts/auth';
import { agreementKindNumberCodes, type AgreementKind } from '../../../shared/domain/agreement-status';
import { fill } from '../../../shared/i18n/catalog';
import type { PackPartnership } from './load-pack-partnership';
import { asciiSlug, cleanFileName, position, UniqueNames } from './pack-names';
import { packWords } from './pack-words';

/** Where an entry's bytes come from; nothing is read or rendered until the ZIP reaches it. */
export type EntrySource =
  | { kind: 'agreement'; agreementId: string }
  | { kind: 'work_plan'; workPlanId: string }
  | { kind: 'stored'; storageKey: string }
  | { kind: 'monev'; evaluationId: string };

export interface PackEntry {
  /** Folder inside the ZIP, "" for the top; always ends without a slash. */
  folder: string;
  name: string;
  source: EntrySource;
}

export function entryPath(entry: Pick<PackEntry, 'folder' | 'name'>): string {
  return entry.folder ? `${entry.folder}/${entry.name}` : entry.name;
}

function join(prefix: string, folder: string): string {
  return prefix ? `${prefix}/${folder}` : folder;
}

/**
 * A partnership's entries in a stable order: agreements, work plans, each activity's evidence in
 * its own numbered folder, then the monev reports. `prefix` puts them under the partnership's own
 * folder when a programme pack holds several. Folders and the files Jalin renders are named in
 * `locale`; uploaded files keep their own (cleaned) names.
 */
export function planPackEntries(data: PackPartnership, prefix: string, locale: Locale): PackEntry[] {
  const files = packWords[locale].files;
  const entries: PackEntry[] = [];
  data.agreements.forEach((agreement, index) => {
    const code = agreementKindNumberCodes[agreement.kind as AgreementKind] ?? agreement.kind;
    const label = agreement.institution_number ?? agreement.status;
    entries.push({
      folder: join(prefix, files.agreements),
      name: `${position(index)}-${asciiSlug(`${code}-${label}`, locale, 50)}.pdf`,
      source: { kind: 'agreement', agreementId: agreement.id },
    });
  });
  for (const plan of data.workPlans) {
    entries.push({
      folder: join(prefix, files.workPlans),
      name: fill(files.workPlan, { year: plan.cycle_year }),
      source: { kind: 'work_plan', workPlanId: plan.id },
    });
  }
  data.activities.forEach((activity, index) => {
    const evidence = data.evidence.filter((row) => row.activity_id === activity.id);
    if (evidence.length === 0) return;
    const folder = join(
      prefix,
      `${files.activities}/${position(index)}-${asciiSlug(activity.title, locale)}`,
    );
    const names = new UniqueNames();
    for (const row of evidence) {
      entries.push({
        folder,
        name: names.claim(cleanFileName(row.original_name, locale)),
        source: { kind: 'stored', storageKey: row.storage_key },
      });
    }
  });
  for (const evaluation of data.evaluations) {
    entries.push({
      folder: join(prefix, files.monev),
      name: fill(files.monevReport, { year: evaluation.cycle_year }),
      source: { kind: 'monev', evaluationId: evaluation.id },
    });
  }
  return entries;
}

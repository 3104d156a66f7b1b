import type { Locale } from '../../../shared/contracts/auth';
import type { DeviationView } from '../../../shared/contracts/monitoring';
import type { Catalog } from '../../../shared/i18n/catalog';
import { fill } from '../../../shared/i18n/catalog';
import { formatNumber, formatRupiah } from '../../lib/format';

/** One sentence that says what is off and by how much: "Pelatihan … terlambat 12 hari dari jadwal mulai". */
export function deviationSentence(t: Catalog, locale: Locale, deviation: DeviationView): string {
  const words = t.deviationSentences;
  const activity = deviation.activityTitle ?? deviation.itemActivity ?? words.unnamedActivity;
  const days = deviation.daysLate ?? 0;
  switch (deviation.kind) {
    case 'not_started':
      return fill(words.not_started, { activity, days });
    case 'overdue':
      return fill(words.overdue, { activity, days });
    case 'indicator_behind':
      return fill(words.indicator_behind, {
        activity,
        actual: formatNumber(deviation.actual ?? 0, locale),
        expected: formatNumber(deviation.expected ?? 0, locale),
        unit: deviation.unit ?? '',
      });
    case 'evidence_missing':
      return deviation.daysLate === null
        ? fill(words.evidenceMissingUndated, { activity })
        : fill(words.evidence_missing, { activity, days });
    case 'contribution_behind':
      return fill(words.contribution_behind, {
        party: words.parties[deviation.party ?? 'institution'],
        spent: formatRupiah(deviation.spentRupiah ?? 0, locale),
        planned: formatRupiah(deviation.plannedRupiah ?? 0, locale),
      });
  }
}

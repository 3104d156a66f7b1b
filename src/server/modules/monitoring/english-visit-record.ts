import { formatDocumentDate, parseCalendarDate } from '../../../shared/domain/calendar-date';
import { fill } from '../../../shared/i18n/catalog';
import type { BeritaAcaraDocument } from '../agreements/index';
import type { MonevBlock, MonevDocument } from '../monev-report/index';
import { englishRecordFrame as frame } from './visit-berita-acara-words';

function weekdayOf(value: string): string {
  const { year, month, day } = parseCalendarDate(value);
  return frame.weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

function blockOf(block: BeritaAcaraDocument['body'][number]): MonevBlock {
  return block.kind === 'list' ? { kind: 'list', items: block.items, ordered: block.ordered } : block;
}

/**
 * A visit's berita acara in English: the same parties, attendance, findings and recommendations as
 * the Indonesian one, framed in English ("On Monday, 6 April 2026, at …") and printed by the report
 * renderers, since the agreement printable that frames the Indonesian one is Indonesian only.
 */
export function englishVisitRecord(doc: BeritaAcaraDocument): MonevDocument {
  const person = (party: 'institution' | 'partner') =>
    fill(frame.party, {
      name: doc.signatories[party].name.trim(),
      position: doc.signatories[party].position.trim(),
      organisation: doc.parties[party].name.trim(),
      label: frame.labels[party],
    });
  const signer = (party: 'institution' | 'partner') => ({
    label: frame.labels[party],
    organisation: doc.parties[party].name,
    name: doc.signatories[party].name,
    position: doc.signatories[party].position,
  });
  return {
    title: doc.heading,
    date: doc.opening.date,
    institutionName: doc.letterhead.institutionName,
    institutionAddress: doc.letterhead.lines.join(', ') || null,
    titleLines: [doc.heading],
    sections: [
      {
        title: '',
        blocks: [
          {
            kind: 'paragraph',
            text: fill(frame.opening, {
              weekday: weekdayOf(doc.opening.date),
              date: formatDocumentDate(doc.opening.date, 'en'),
              place: doc.opening.place.trim(),
            }),
          },
          { kind: 'list', ordered: true, items: [person('institution'), person('partner')] },
          ...doc.body.map(blockOf),
        ],
      },
    ],
    closing: frame.closing,
    // The second party on the left, the first on the right, as the Indonesian record signs.
    signers: [signer('partner'), signer('institution')],
  };
}

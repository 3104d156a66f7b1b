import type { Content } from 'pdfmake/interfaces';
import type { Locale } from '../../../shared/contracts/auth';
import { formatDocumentDate } from '../../../shared/domain/calendar-date';
import { formatFigure } from '../../../shared/domain/figures';
import { fill } from '../../../shared/i18n/catalog';
import type { PackPartnership } from './load-pack-partnership';
import { countedOutcomes, sumOutcomes, addOutcomes, type OutcomeFigures } from './outcome-figures';
import { packHeading, packTable, renderPackPdf } from './pack-pdf';
import { packWords, wordFor, type PackWords } from './pack-words';
import type { PackEntry } from './plan-pack-entries';

export interface PackIndexInput {
  institutionName: string;
  /** "Kemitraan …" or "Program … (n kemitraan)", already in the pack's language. */
  heading: string;
  date: string;
  partnerships: PackPartnership[];
  /** Every file after the index itself, in ZIP order. */
  entries: PackEntry[];
  locale: Locale;
}

/** The index's words with the language's date and figure formats. */
interface Writer {
  words: PackWords['index'];
  all: PackWords;
  date: (value: string) => string;
  figure: (value: number) => string;
}

function writerFor(locale: Locale): Writer {
  const all = packWords[locale];
  return {
    words: all.index,
    all,
    date: (value) => formatDocumentDate(value, locale),
    figure: (value) => formatFigure(value, locale),
  };
}

function outcomeTable(figures: OutcomeFigures, w: Writer): Content {
  return packTable(
    [w.words.outcomeHeader.outcome, w.words.outcomeHeader.total],
    countedOutcomes.map((kind) => [w.words.outcomes[kind], w.figure(figures[kind])]),
    ['*', 80],
  );
}

function partnershipContent(data: PackPartnership, w: Writer): Content[] {
  const { partnership } = data;
  const header = w.words.agreementHeader;
  return [
    packHeading(fill(w.words.partnership, { name: partnership.name })),
    {
      ul: [
        fill(w.words.programme, { programme: partnership.programme ?? '-' }),
        fill(w.words.partners, { names: data.partnerNames.join(', ') || '-' }),
        fill(w.words.recorded, {
          activities: w.figure(data.activities.length),
          evidence: w.figure(data.evidence.length),
        }),
      ],
      margin: [0, 0, 0, 6],
    },
    data.agreements.length === 0
      ? { text: w.words.noAgreements, margin: [0, 0, 0, 6] }
      : packTable(
          [w.all.numberColumn, header.document, header.number, header.term, header.status],
          data.agreements.map((agreement, index) => [
            String(index + 1),
            `${wordFor(w.words.agreementKinds, agreement.kind)}: ${agreement.subject}`,
            agreement.institution_number ?? '-',
            fill(w.all.period, { from: w.date(agreement.starts_on), to: w.date(agreement.ends_on) }),
            wordFor(w.words.agreementStatuses, agreement.status),
          ]),
        ),
    { text: w.words.outcomesIntro, fontSize: 9, margin: [0, 0, 0, 2] },
    outcomeTable(sumOutcomes(data.activities), w),
  ];
}

/** The table of contents: each folder once, its files under it, so every path reads on one line. */
function contentsContent(entries: PackEntry[], w: Writer): Content[] {
  const folders = new Map<string, string[]>();
  for (const entry of entries) folders.set(entry.folder, [...(folders.get(entry.folder) ?? []), entry.name]);
  const content: Content[] = [
    packHeading(w.words.contents),
    { text: fill(w.words.thisFile, { name: w.all.files.index }), fontSize: 8.5 },
  ];
  for (const [folder, names] of folders) {
    content.push(
      { text: `${folder}/`, bold: true, fontSize: 8.5, margin: [0, 4, 0, 1] },
      { ul: names.map((name) => ({ text: name, fontSize: 8.5 })), margin: [8, 0, 0, 0] },
    );
  }
  if (entries.length === 0) content.push({ text: w.words.noOtherFiles, fontSize: 8.5 });
  return content;
}

/** 00-indeks.pdf: who, what was agreed, what it delivered, and where each file is. */
export function renderPackIndexPdf(input: PackIndexInput): Promise<Buffer> {
  const w = writerFor(input.locale);
  const content: Content[] = [
    { text: input.institutionName, bold: true, fontSize: 13, alignment: 'center' },
    { text: w.words.title, bold: true, fontSize: 12, alignment: 'center' },
    { text: input.heading, alignment: 'center' },
    {
      text: fill(w.words.prepared, { date: w.date(input.date) }),
      alignment: 'center',
      fontSize: 8.5,
      margin: [0, 0, 0, 10],
    },
  ];
  for (const data of input.partnerships) content.push(...partnershipContent(data, w));
  if (input.partnerships.length > 1) {
    const total = input.partnerships
      .map((data) => sumOutcomes(data.activities))
      .reduce((sum, figures) => addOutcomes(sum, figures));
    content.push(packHeading(w.words.programmeOutcomes), outcomeTable(total, w));
  }
  content.push(...contentsContent(input.entries, w));
  return renderPackPdf(
    fill(w.words.documentTitle, { heading: input.heading }),
    input.date,
    content,
    input.locale,
  );
}

import type { Locale } from '../../../shared/contracts/auth';
import { formatDocumentDate } from '../../../shared/domain/calendar-date';
import { fill } from '../../../shared/i18n/catalog';
import { catalogOf } from '../../../shared/i18n/catalog-of';
import type { MonevSource } from './load-monev-source';
import { annexBlocks, conclusionBlocks } from './monev-conclusions';
import type { MonevBlock, MonevDocument } from './monev-document-model';
import { findingsBlocks, itemActualsOf } from './monev-findings';
import { countText, monevWords, wordOf } from './monev-words';

function joinNames(names: string[], locale: Locale): string {
  const words = monevWords[locale].names;
  if (names.length <= 1) return names[0] ?? words.fallbackPartner;
  return `${names.slice(0, -1).join(', ')} ${words.and} ${names.at(-1)}`;
}

function introductionBlocks(source: MonevSource, planned: number, locale: Locale): MonevBlock[] {
  const words = monevWords[locale];
  const intro = words.introduction;
  const { institution, partnership, evaluation, workPlan } = source;
  const agreements = source.agreements.map((agreement) =>
    fill(intro.agreement, {
      kind: wordOf(catalogOf(locale).agreementKindNames, agreement.kind),
      number: agreement.institution_number
        ? fill(intro.agreementNumber, { number: agreement.institution_number })
        : '',
      subject: agreement.subject,
      from: formatDocumentDate(agreement.starts_on, locale),
      to: formatDocumentDate(agreement.ends_on, locale),
      status: wordOf(words.agreementStatuses, agreement.status),
    }),
  );
  const unplanned = source.activities.filter((activity) => activity.work_plan_item_id === null).length;
  return [
    { kind: 'heading', text: intro.background },
    {
      kind: 'paragraph',
      text:
        fill(intro.partnership, {
          institution: institution.name,
          partnership: partnership.name,
          partners: joinNames(source.partnerNames, locale),
          programme: partnership.programme ? fill(intro.programme, { programme: partnership.programme }) : '',
        }) +
        (agreements.length ? fill(intro.basedOn, { agreements: agreements.join('; ') }) : intro.noAgreement),
    },
    { kind: 'heading', text: intro.aims },
    { kind: 'paragraph', text: intro.aimsText },
    { kind: 'heading', text: intro.scope },
    {
      kind: 'paragraph',
      text:
        fill(intro.scopeCycle, { year: evaluation.cycle_year }) +
        (workPlan
          ? fill(intro.scopeWorkPlan, {
              title: workPlan.title,
              items: countText(words.counts.items, planned),
            })
          : intro.scopeNoWorkPlan) +
        fill(intro.scopeActivities, {
          activities: countText(words.counts.activities, source.activities.length),
          unplanned,
        }),
    },
  ];
}

function methodBlocks(source: MonevSource, locale: Locale): MonevBlock[] {
  const words = monevWords[locale];
  const method = words.method;
  const evaluation = source.evaluation;
  const partnerPart = evaluation.partner_submitted_at
    ? fill(method.partnerSubmitted, {
        date: formatDocumentDate(evaluation.partner_submitted_at.slice(0, 10), locale),
      })
    : method.partnerMissing;
  return [
    { kind: 'paragraph', text: method.lead },
    {
      kind: 'list',
      items: [
        fill(method.activities, {
          activities: countText(words.counts.activities, source.activities.length),
          evidence: countText(words.counts.evidence, source.evidence.length),
        }),
        fill(method.visits, { visits: countText(words.counts.visits, source.visits.length) }),
        fill(method.problems, { problems: countText(words.counts.problems, source.problems.length) }),
        fill(method.form, { partnerPart }),
      ],
    },
  ];
}

/** The laporan monev's five chapters from one evaluation and what the cycle recorded, in `locale`. */
export function composeMonevDocument(source: MonevSource, today: string, locale: Locale): MonevDocument {
  const words = monevWords[locale];
  const actuals = itemActualsOf(source);
  const { institution, partnership, evaluation } = source;
  return {
    title: fill(words.title, { partnership: partnership.name, year: evaluation.cycle_year }),
    date: today,
    institutionName: institution.name,
    institutionAddress: institution.address,
    titleLines: [
      words.titleLines.report,
      fill(words.titleLines.partnership, { name: partnership.name.toUpperCase() }),
      fill(words.titleLines.cycle, { year: evaluation.cycle_year }),
    ],
    sections: [
      { title: words.chapters.introduction, blocks: introductionBlocks(source, actuals.length, locale) },
      { title: words.chapters.method, blocks: methodBlocks(source, locale) },
      { title: words.chapters.findings, blocks: findingsBlocks(source, actuals, locale) },
      { title: words.chapters.conclusions, blocks: conclusionBlocks(source, locale) },
      { title: words.chapters.annexes, blocks: annexBlocks(source, locale) },
    ],
    closing: fill(words.closing, { date: formatDocumentDate(today, locale) }),
    signers: [
      { label: words.signers.institution, organisation: institution.name },
      { label: words.signers.partner, organisation: joinNames(source.partnerNames, locale) },
    ],
  };
}

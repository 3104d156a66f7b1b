import { z } from 'zod';
import { optionalText } from '../contracts/common';
import { agreementParties, defaultPartyLabels, type AgreementParty } from './agreement-parties';
import { formatIndonesianDate } from './calendar-date';
import { formatRupiahWithWords, rupiahAmountSchema } from './rupiah';

export const responsibleParties = ['institution', 'partner', 'both'] as const;
export type ResponsibleParty = (typeof responsibleParties)[number];

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/**
 * The fields of a work plan item without the rules across them: a request carries items of this
 * shape so the server can answer a broken rule with a coded 422 naming the item (`items.2.endsOn`).
 */
export const workPlanItemFieldsSchema = z.strictObject({
  activity: text(3, 200),
  objective: text(3, 500),
  responsibleParty: z.enum(responsibleParties),
  responsiblePerson: optionalText(120),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  budgetRupiah: rupiahAmountSchema,
  contributions: z.strictObject({ institution: rupiahAmountSchema, partner: rupiahAmountSchema }),
  /** "20 orang peserta didik terlatih": a count people can check at monitoring (step 9). */
  target: z.strictObject({
    quantity: z.number().positive().max(1_000_000_000),
    unit: text(1, 30),
    description: text(3, 300),
  }),
  /** What each side hopes to get from it, so every party's aspiration is on record (step 5). */
  aspirations: z
    .strictObject({ institution: optionalText(1000), partner: optionalText(1000) })
    .default({ institution: null, partner: null }),
});

/** One row of the joint work plan (guide step 5), later the agreement's Pelaksanaan and duties. */
export const workPlanItemSchema = workPlanItemFieldsSchema
  .refine((item) => item.endsOn >= item.startsOn, { message: 'PERIOD_END_BEFORE_START', path: ['endsOn'] })
  .refine((item) => item.contributions.institution + item.contributions.partner <= item.budgetRupiah, {
    message: 'CONTRIBUTIONS_EXCEED_BUDGET',
    path: ['contributions'],
  });
export type WorkPlanItem = z.output<typeof workPlanItemSchema>;
export type WorkPlanItemInput = z.input<typeof workPlanItemSchema>;

export const workPlanItemsSchema = z.array(workPlanItemSchema).min(1).max(200);

export interface WorkPlanTotals {
  budgetRupiah: number;
  contributions: Record<AgreementParty, number>;
}

export function workPlanTotals(items: readonly WorkPlanItem[]): WorkPlanTotals {
  const totals: WorkPlanTotals = { budgetRupiah: 0, contributions: { institution: 0, partner: 0 } };
  for (const item of items) {
    totals.budgetRupiah += item.budgetRupiah;
    for (const party of agreementParties) totals.contributions[party] += item.contributions[party];
  }
  return totals;
}

export interface PartyDuties {
  rights: string[];
  obligations: string[];
}
export type RightsAndObligations = Record<AgreementParty, PartyDuties>;

/** Free text set inside a sentence: no closing stop, and "Meningkatkan" → "meningkatkan" but "PKW" kept. */
function asClause(value: string): string {
  const trimmed = value.trim().replace(/[.;,\s]+$/, '');
  return /^\p{Lu}\p{Ll}/u.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
}

function quantityWords(quantity: number): string {
  return String(quantity).replace('.', ',');
}

function periodOf(item: WorkPlanItem): string {
  if (item.startsOn === item.endsOn) return `pada tanggal ${formatIndonesianDate(item.startsOn)}`;
  return `mulai tanggal ${formatIndonesianDate(item.startsOn)} sampai dengan tanggal ${formatIndonesianDate(item.endsOn)}`;
}

function carryOut(item: WorkPlanItem): string {
  const person = item.responsiblePerson ? ` (penanggung jawab: ${item.responsiblePerson})` : '';
  const { quantity, unit, description } = item.target;
  return (
    `kegiatan ${item.activity.trim()}${person} dengan tujuan ${asClause(item.objective)}, ${periodOf(item)}, ` +
    `dengan target ${quantityWords(quantity)} ${unit.trim()} ${asClause(description)}.`
  );
}

const otherParty = (party: AgreementParty): AgreementParty =>
  party === 'institution' ? 'partner' : 'institution';

/**
 * The rights and obligations each party takes on through the work plan, as Indonesian sentences for
 * the Hak dan Kewajiban article: who carries out what, who funds what, who receives reports, funds
 * and the benefits they asked for. Repeated sentences appear once, in plan order.
 */
export function rightsAndObligationsOf(
  items: readonly WorkPlanItem[],
  labels: Record<AgreementParty, string> = defaultPartyLabels,
): RightsAndObligations {
  const collected = {
    institution: { rights: new Set<string>(), obligations: new Set<string>() },
    partner: { rights: new Set<string>(), obligations: new Set<string>() },
  };
  for (const item of items) {
    const activity = item.activity.trim();
    for (const party of agreementParties) {
      const other = otherParty(party);
      const duties = collected[party];
      if (item.responsibleParty === 'both') {
        duties.obligations.add(`Bersama ${labels[other]} melaksanakan ${carryOut(item)}`);
      } else if (item.responsibleParty === party) {
        duties.obligations.add(`Melaksanakan ${carryOut(item)}`);
      } else {
        duties.rights.add(
          `Menerima laporan pelaksanaan dan hasil kegiatan ${activity} dari ${labels[other]}.`,
        );
      }
      const given = item.contributions[party];
      if (given > 0) {
        duties.obligations.add(
          `Menyediakan biaya sebesar ${formatRupiahWithWords(given)} untuk kegiatan ${activity}.`,
        );
      }
      const received = item.contributions[other];
      if (received > 0 && item.responsibleParty === party) {
        duties.rights.add(
          `Menerima dukungan biaya dari ${labels[other]} sebesar ${formatRupiahWithWords(received)} ` +
            `untuk kegiatan ${activity}.`,
        );
      }
      const aspiration = item.aspirations[party];
      if (aspiration) {
        duties.rights.add(`Memperoleh manfaat dari kegiatan ${activity}, yaitu ${asClause(aspiration)}.`);
      }
    }
  }
  return {
    institution: {
      rights: [...collected.institution.rights],
      obligations: [...collected.institution.obligations],
    },
    partner: { rights: [...collected.partner.rights], obligations: [...collected.partner.obligations] },
  };
}

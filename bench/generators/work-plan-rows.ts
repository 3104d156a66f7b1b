import { toItemRow } from '../../src/server/modules/work-plans/work-plan-mappers';
import {
  createWorkPlanRequestSchema,
  type CreateWorkPlanRequest,
} from '../../src/shared/contracts/work-plans';
import { workPlanItemSchema } from '../../src/shared/domain/work-plan-items';
import {
  dataEndMs,
  dayMs,
  fill,
  isoDate,
  isoTime,
  type EngagementInstitution,
  type EngagementRows,
  type PartnerRef,
} from './engagement-rows';
import { itemTemplates, reviewerPositions, type ItemTemplate } from './engagement-words';
import type { Prng } from './prng';

export interface PlannedItem {
  id: string;
  template: ItemTemplate;
  startsMs: number;
  endsMs: number;
  row: ReturnType<typeof toItemRow>;
}

export interface GeneratedPlan {
  id: string;
  cycleYear: number;
  approvedMs: number | null;
  items: PlannedItem[];
}

const thousand = (prng: Prng, [min, max]: [number, number]) => prng.int(min, max) * 1000;

/**
 * A joint work plan of one cycle year with 3–5 items between `fromMs` and the year's end, as
 * `createWorkPlan` writes it (items through the app's contract and its `toItemRow`), approved
 * `approved` days later when the partner agreed (status and approver as the review records them).
 */
export function appendWorkPlan(
  out: EngagementRows,
  prng: Prng,
  institution: EngagementInstitution,
  context: {
    partnershipId: string;
    /** When the partnership was made: its plan cannot be older. */
    createdMs: number;
    partner: PartnerRef;
    skill: string;
    author: string | null;
  },
  cycleYear: number,
  fromMs: number,
  approved: boolean,
): GeneratedPlan {
  const yearEndMs = Date.UTC(cycleYear, 11, 20);
  const span = yearEndMs - fromMs;
  const templates = [itemTemplates[0]!, ...prng.some(itemTemplates.slice(1), prng.int(2, 4))];
  const items = templates.map((template) => {
    const startsMs = fromMs + Math.floor(prng.next() * 0.5 * span);
    const endsMs = Math.min(yearEndMs, startsMs + Math.max(14 * dayMs, Math.floor(prng.next() * 0.5 * span)));
    const budget = thousand(prng, template.budget);
    const partnerShare =
      template.responsibleParty === 'partner' ? 1 : template.responsibleParty === 'both' ? 0.5 : 0.25;
    const partnerContribution = Math.round((budget * partnerShare * prng.int(70, 100)) / 100_000) * 1000;
    return {
      template,
      startsMs,
      endsMs,
      input: {
        activity: fill(template.activity, { skill: context.skill }),
        objective: fill(template.objective, { skill: context.skill }),
        responsibleParty: template.responsibleParty,
        responsiblePerson:
          template.responsibleParty === 'partner' ? (context.partner.contacts[0]?.name ?? null) : null,
        startsOn: isoDate(startsMs),
        endsOn: isoDate(endsMs),
        budgetRupiah: budget,
        contributions: { institution: budget - partnerContribution, partner: partnerContribution },
        target: {
          quantity: prng.int(...template.quantity),
          unit: template.unit,
          description: template.description,
        },
        aspirations: prng.chance(0.4)
          ? {
              institution: 'Lulusan siap kerja dan berwirausaha',
              partner: 'Tenaga terampil untuk usaha kami',
            }
          : undefined,
      },
    };
  });
  const request: CreateWorkPlanRequest = {
    cycleYear,
    title: `Rencana Kerja Bersama ${context.partner.name.slice(0, 120)} ${cycleYear}`,
    items: items.map((item) => item.input),
  };
  const input = createWorkPlanRequestSchema.parse(request);
  const createdMs = Math.max(fromMs - prng.int(3, 14) * dayMs, context.createdMs + 3_600_000);
  const approvedMs = approved ? Math.min(createdMs + prng.int(2, 12) * dayMs, dataEndMs) : null;
  const id = prng.uuidV7(createdMs);
  out.work_plans.push({
    id,
    institution_id: institution.id,
    partnership_id: context.partnershipId,
    cycle_year: input.cycleYear,
    title: input.title,
    status: approved ? 'approved' : prng.pick(['draft', 'in_review']),
    approved_at: approvedMs === null ? null : isoTime(approvedMs),
    approved_by_name: approved ? (context.partner.contacts[0]?.name ?? context.partner.name) : null,
    approved_by_position: approved ? prng.pick(reviewerPositions) : null,
    // Sent for review and approved: two edits after it was made.
    version: approved ? 3 : 1,
    created_by_user_id: context.author,
    created_at: isoTime(createdMs),
    updated_at: isoTime(approvedMs ?? createdMs),
  });
  const planned = input.items.map((item, position) => {
    const row = toItemRow(workPlanItemSchema.parse(item), {
      id: prng.uuidV7(createdMs),
      institutionId: institution.id,
      workPlanId: id,
      position,
    });
    out.work_plan_items.push(row);
    return {
      id: row.id,
      template: items[position]!.template,
      startsMs: items[position]!.startsMs,
      endsMs: items[position]!.endsMs,
      row,
    };
  });
  return { id, cycleYear, approvedMs, items: planned };
}

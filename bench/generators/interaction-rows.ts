import { findingValues } from '../../src/server/modules/engagement/interaction-row-values';
import {
  createInteractionRequestSchema,
  type CreateInteractionRequest,
} from '../../src/shared/contracts/interactions';
import type {
  FindingField,
  InteractionApproach,
  InteractionKind,
} from '../../src/shared/domain/interaction-vocabulary';
import {
  dayMs,
  dataEndMs,
  fill,
  isoDate,
  isoTime,
  type EngagementInstitution,
  type EngagementRows,
  type PartnerRef,
} from './engagement-rows';
import { findingTexts, followUpTasks, interactionKindWeights, summaries } from './engagement-words';
import type { Prng } from './prng';

export interface InteractionPlan {
  occurredMs: number;
  kind?: InteractionKind;
  partnershipId?: string | null;
  /** A contact that fed the analysis (information gathering): always with findings. */
  withFindings?: boolean;
}

function approachOf(prng: Prng, kind: InteractionKind): InteractionApproach {
  if (kind === 'email') return 'formal';
  if (kind === 'event') return 'informal';
  if (kind === 'whatsapp' || kind === 'phone')
    return prng.weighted([
      ['personal', 50],
      ['informal', 40],
      ['formal', 10],
    ] as const);
  return prng.weighted([
    ['formal', 40],
    ['informal', 40],
    ['personal', 20],
  ] as const);
}

function findingsOf(prng: Prng, skill: string): Partial<Record<FindingField, string>> {
  const fields = prng.some(Object.keys(findingTexts) as (keyof typeof findingTexts)[], prng.int(2, 4));
  return Object.fromEntries(fields.map((field) => [field, fill(prng.pick(findingTexts[field]), { skill })]));
}

/**
 * Logs one contact as `createInteraction` writes it: the body passes the app's contract, the row is
 * filled as the use case fills it (findings through its own `findingValues`), and the partner and
 * contact links follow. A follow-up due before the data set's end was mostly completed since
 * (`completeFollowUp`: done time and user, version + 1).
 */
export function appendInteraction(
  out: EngagementRows,
  prng: Prng,
  institution: EngagementInstitution,
  partners: PartnerRef[],
  plan: InteractionPlan,
): void {
  const kind = plan.kind ?? (partners.length > 1 ? 'event' : prng.weighted(interactionKindWeights));
  const partner = partners[0]!;
  const author =
    partner.facilitatorId && prng.chance(0.85)
      ? partner.facilitatorId
      : institution.facilitatorIds.length > 0
        ? prng.pick(institution.facilitatorIds)
        : null;
  const skill = prng.pick(institution.skills);
  const detailed = kind === 'visit' || kind === 'interview' || kind === 'observation' || kind === 'meeting';
  const contacts = partners.flatMap((p) =>
    prng.some(
      p.contacts,
      prng.weighted([
        [0, 25],
        [1, 60],
        [2, 15],
      ] as const),
    ),
  );
  const dueMs = plan.occurredMs + prng.int(3, 21) * dayMs;
  const request: CreateInteractionRequest = {
    kind,
    approach: approachOf(prng, kind),
    occurredAt: isoTime(plan.occurredMs),
    partnerIds: partners.map((p) => p.id),
    partnershipId: plan.partnershipId ?? null,
    contactIds: contacts.map((c) => c.id),
    staffUserIds: author ? [author] : [],
    summary: prng.chance(0.92) ? fill(prng.pick(summaries[kind]), { skill, partner: partner.name }) : null,
    findings: plan.withFindings || (detailed && prng.chance(0.5)) ? findingsOf(prng, skill) : undefined,
    followUp: prng.chance(0.22) ? { task: prng.pick(followUpTasks), dueOn: isoDate(dueMs) } : null,
  };
  const input = createInteractionRequestSchema.parse(request);
  // Logged the same day, a little after the contact (or that evening for a visit).
  const createdMs = Math.min(dataEndMs, plan.occurredMs + prng.int(5, 8 * 60) * 60_000);
  const doneMs = dueMs + prng.int(-2, 3) * dayMs;
  const done = input.followUp && doneMs < dataEndMs && doneMs > createdMs && prng.chance(0.85);
  const id = prng.uuidV7(createdMs);
  out.interactions.push({
    id,
    institution_id: institution.id,
    partnership_id: input.partnershipId ?? null,
    kind: input.kind,
    approach: input.approach,
    occurred_at: new Date(input.occurredAt).toISOString(),
    summary: input.summary ?? null,
    ...findingValues(input.findings ?? {}),
    staff_user_ids_json: JSON.stringify(input.staffUserIds ?? []),
    follow_up_task: input.followUp?.task ?? null,
    follow_up_due_on: input.followUp?.dueOn ?? null,
    follow_up_done_at: done ? isoTime(doneMs) : null,
    follow_up_done_by_user_id: done ? author : null,
    created_by_user_id: author,
    version: done ? 2 : 1,
    created_at: isoTime(createdMs),
    updated_at: isoTime(done ? doneMs : createdMs),
  });
  for (const partnerId of input.partnerIds)
    out.interaction_partners.push({
      institution_id: institution.id,
      interaction_id: id,
      partner_id: partnerId,
    });
  for (const contactId of input.contactIds ?? [])
    out.interaction_contacts.push({
      institution_id: institution.id,
      interaction_id: id,
      contact_id: contactId,
    });
}

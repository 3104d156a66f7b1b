import type { Db } from '../../src/server/db/database';
import { getInteraction } from '../../src/server/modules/engagement/get-interaction';
import { getPartnership } from '../../src/server/modules/engagement/get-partnership';
import { listStageHistory } from '../../src/server/modules/engagement/list-stage-history';
import { getActivity } from '../../src/server/modules/implementation/list-activities';
import { rollupFigures } from '../../src/server/modules/reports/rollup-figures';
import { getWorkPlan } from '../../src/server/modules/work-plans/get-work-plan';
import { activitySchema } from '../../src/shared/contracts/activities';
import { interactionSchema } from '../../src/shared/contracts/interactions';
import { partnershipSchema, stageHistorySchema } from '../../src/shared/contracts/partnerships';
import { workPlanSchema } from '../../src/shared/contracts/work-plans';
import { checkMove, noFacts, type PartnershipFacts } from '../../src/shared/domain/partnership-stages';
import type { Dataset } from './generate-dataset';

type Table = 'interactions' | 'activities' | 'partnerships';

/** Every `step`-th row in id order (ids are time-ordered, so the sample spans the whole period). */
async function sampleOf(db: Db, table: Table, samples: number) {
  const total = Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const step = Math.max(1, Math.floor(total / samples));
  const rows = await db
    .selectFrom(table)
    .select(['id', 'institution_id'])
    .orderBy('id')
    .limit(Math.min(total, step * samples))
    .execute();
  return rows.filter((_, index) => index % step === 0);
}

/**
 * Reads a sample of the generated engagement back through the app's read use cases and response
 * contracts (interactions, activities, partnerships with their plans), replays each sampled
 * partnership's stage history through the app's stage table (every move allowed, its gate met by the
 * facts it kept), and checks each institution's dashboard roll-up counts its partners.
 */
export async function verifyEngagement(db: Db, dataset: Dataset, samples: number): Promise<void> {
  for (const row of await sampleOf(db, 'interactions', samples)) {
    const interaction = interactionSchema.parse(await getInteraction(db, row.institution_id, row.id));
    if (interaction.partners.length === 0) throw new Error(`interaction ${row.id} has no partner`);
  }
  for (const row of await sampleOf(db, 'activities', samples)) {
    const activity = activitySchema.parse(await getActivity(db, row.institution_id, row.id));
    if (activity.unplanned !== (activity.planItem === null))
      throw new Error(
        `activity ${row.id}: unplanned ${activity.unplanned} with item ${activity.planItem?.id}`,
      );
  }
  for (const row of await sampleOf(db, 'partnerships', samples)) {
    const partnership = partnershipSchema.parse(await getPartnership(db, row.institution_id, row.id));
    const plans = await db
      .selectFrom('work_plans')
      .select('id')
      .where('institution_id', '=', row.institution_id)
      .where('partnership_id', '=', row.id)
      .execute();
    for (const plan of plans) workPlanSchema.parse(await getWorkPlan(db, row.institution_id, plan.id));
    const [first, ...moves] = stageHistorySchema.parse(
      await listStageHistory(db, row.institution_id, row.id),
    ).items;
    if (!first || first.from !== null || first.entered !== (first.to !== 'mapping'))
      throw new Error(`partnership ${row.id}: its history does not start as createPartnership starts it`);
    let stage = first.to;
    for (const event of moves) {
      const facts = { ...noFacts, ...(event.facts as Partial<PartnershipFacts>) };
      const check = checkMove(stage, event.to, facts);
      if (event.from !== stage || !check.ok || check.transition.gate !== event.gate)
        throw new Error(`partnership ${row.id}: ${stage} → ${event.to} refused by the app`);
      stage = event.to;
    }
    if (stage !== partnership.stage)
      throw new Error(`partnership ${row.id}: history ends at ${stage}, row says ${partnership.stage}`);
  }
  for (const institution of dataset.institutions) {
    const figure = await db
      .selectFrom('rollup_figures')
      .select('value')
      .where('institution_id', '=', institution.id)
      .where('figure', '=', rollupFigures.partnersTotal)
      .executeTakeFirst();
    if (Number(figure?.value) !== institution.partnerCount)
      throw new Error(
        `${institution.name}: roll-up says ${figure?.value} partners, ${institution.partnerCount} generated`,
      );
  }
}

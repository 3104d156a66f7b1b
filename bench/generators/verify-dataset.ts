import type { Db } from '../../src/server/db/database';
import { getPartner } from '../../src/server/modules/partners/get-partner';
import { findPartnerRow } from '../../src/server/modules/partners/partners.repository';
import { refreshPartnerSearch } from '../../src/server/modules/partners/refresh-partner-search';
import { partnerSchema } from '../../src/shared/contracts/partners';
import type { Dataset } from './generate-dataset';
import { verifyEngagement } from './verify-engagement';

class RollBack extends Error {}

/**
 * Proves on a sample that the generated rows are the app's own: each partner reads back through the
 * app's use case and response contract, and the app rebuilding its search text writes exactly the
 * text the generator wrote (in a transaction rolled back afterwards). Row counts are compared too,
 * and the engagement is checked by `verifyEngagement`.
 */
export async function verifyDataset(db: Db, dataset: Dataset, samples = 25): Promise<void> {
  for (const [table, expected] of Object.entries(dataset.rowCounts)) {
    const row = await db
      .selectFrom(table as 'partners')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(row.n) < expected) throw new Error(`${table}: ${row.n} rows, ${expected} generated`);
  }
  const sample = await db
    .selectFrom('partner_search')
    .select(['partner_id', 'institution_id', 'body'])
    .orderBy('partner_id')
    .limit(samples * 40)
    .execute();
  for (const generated of sample.filter((_, index) => index % 40 === 0)) {
    partnerSchema.parse(await getPartner(db, generated.institution_id, generated.partner_id));
    let rebuilt = '';
    try {
      await db.transaction().execute(async (trx) => {
        await refreshPartnerSearch(
          trx,
          (await findPartnerRow(trx, generated.institution_id, generated.partner_id))!,
        );
        const row = await trx
          .selectFrom('partner_search')
          .select('body')
          .where('partner_id', '=', generated.partner_id)
          .executeTakeFirstOrThrow();
        rebuilt = row.body;
        throw new RollBack();
      });
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
    }
    if (rebuilt !== generated.body) {
      throw new Error(
        `search text of ${generated.partner_id} differs:\n  bench: ${generated.body}\n  app:   ${rebuilt}`,
      );
    }
  }
  await verifyEngagement(db, dataset, samples * 2);
}

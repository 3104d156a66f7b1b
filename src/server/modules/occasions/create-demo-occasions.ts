import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { createOccasion } from './create-occasion';

const dayMs = 86_400_000;

/**
 * The demo's own occasions: a partner's product launch in ten days (it lands on the agenda as an
 * occasion coming) and the institution's yearly founding day. Holidays need nothing: the decree ships.
 */
export async function createDemoOccasions(
  deps: AppDeps,
  manager: Principal,
  input: { partnerId: string; today: string },
): Promise<number> {
  const inDays = (days: number) =>
    new Date(Date.parse(`${input.today}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
  await createOccasion(
    deps,
    manager,
    {
      kind: 'product_launch',
      title: 'Peluncuran koleksi tas rajut motif sasirangan',
      date: inDays(10),
      partnerId: input.partnerId,
      repeatsYearly: false,
      note: null,
    },
    'demo',
  );
  await createOccasion(
    deps,
    manager,
    {
      kind: 'custom',
      title: 'Hari jadi lembaga',
      date: `2012-${inDays(40).slice(5)}`,
      partnerId: null,
      repeatsYearly: true,
      note: null,
    },
    'demo',
  );
  return 2;
}

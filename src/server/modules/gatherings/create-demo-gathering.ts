import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { createGathering } from './create-gathering';
import { invitePartners } from './invite-partners';
import { replyToInvitation } from './reply-to-invitation';

const dayMs = 86_400_000;

/**
 * A temu mitra three weeks ahead with the given partners invited; the first has already replied
 * through its link (attending, two people), the others have not, so the counts show both.
 */
export async function createDemoGathering(
  deps: AppDeps,
  manager: Principal,
  partnerIds: string[],
  baseUrl: string,
): Promise<{ gatheringId: string; invited: number }> {
  const start = new Date(deps.clock.now().getTime() + 21 * dayMs);
  start.setUTCHours(1, 0, 0, 0);
  const gathering = await createGathering(
    deps,
    manager,
    {
      title: 'Temu Mitra Akhir Tahun',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
      place: 'Aula lembaga',
      agenda: 'Paparan capaian kemitraan, diskusi kebutuhan tenaga kerja tahun depan, ramah tamah',
    },
    'demo',
  );
  if (partnerIds.length === 0) return { gatheringId: gathering.id, invited: 0 };
  const { items } = await invitePartners(deps, manager, gathering.id, { partnerIds }, baseUrl, 'demo');
  const first = items[0]!;
  await replyToInvitation(
    deps,
    first.invitation.id,
    first.url.split('/').at(-1)!,
    { reply: 'attending', attendeeCount: 2, note: 'Kami hadir bersama satu staf.' },
    'demo',
  );
  return { gatheringId: gathering.id, invited: items.length };
}

import type { Gathering, InviteResponse } from '../../src/shared/contracts/gatherings';
import type { Holiday, Occasion } from '../../src/shared/contracts/occasions';
import type { Session } from './people';

/** One of each addressable record of occasions and gatherings, for the route harnesses. */
export async function createOccasionFixtures(
  admin: Session,
  partnerId: string,
  now: Date,
): Promise<{
  holidayId: string;
  occasionId: string;
  gatheringId: string;
  gatheringInvitationId: string;
  gatheringInvitationToken: string;
}> {
  const holiday = await admin.request('POST', '/api/v1/holidays', {
    date: `${now.getUTCFullYear()}-10-22`,
    name: 'Hari Santri (uji)',
    kind: 'national_holiday',
  });
  if (holiday.statusCode !== 201) throw new Error(holiday.body);
  const occasion = await admin.request('POST', '/api/v1/occasions', {
    kind: 'product_launch',
    title: 'Peluncuran produk (uji)',
    date: now.toISOString().slice(0, 10),
    partnerId,
  });
  if (occasion.statusCode !== 201) throw new Error(occasion.body);
  const day = 24 * 3_600_000;
  const gathering = await admin.request('POST', '/api/v1/gatherings', {
    title: 'Temu Mitra (uji)',
    startsAt: new Date(now.getTime() + 7 * day).toISOString(),
    endsAt: new Date(now.getTime() + 7 * day + 3 * 3_600_000).toISOString(),
    place: 'Aula LKP',
  });
  if (gathering.statusCode !== 201) throw new Error(gathering.body);
  const gatheringId = gathering.json<Gathering>().id;
  const invited = await admin.request('POST', `/api/v1/gatherings/${gatheringId}/invitations`, {
    partnerIds: [partnerId],
  });
  if (invited.statusCode !== 201) throw new Error(invited.body);
  const issued = invited.json<InviteResponse>().items[0]!;
  return {
    holidayId: holiday.json<Holiday>().id,
    occasionId: occasion.json<Occasion>().id,
    gatheringId,
    gatheringInvitationId: issued.invitation.id,
    gatheringInvitationToken: issued.url.split('/').at(-1)!,
  };
}

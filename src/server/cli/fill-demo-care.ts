import { createInteractionRequestSchema } from '../../shared/contracts/interactions';
import { createMessageRequestSchema } from '../../shared/contracts/messages';
import type { AppDeps } from '../platform/app-deps';
import type { Principal } from '../platform/auth/principal';
import { createInteractionWithin } from '../modules/engagement/index';
import { createDemoFeedback } from '../modules/feedback/index';
import { createDemoGathering } from '../modules/gatherings/index';
import { publicBaseUrl } from '../modules/institutions/index';
import { confirmMessage, sendMessage } from '../modules/messages/index';
import { createNotificationScheduler } from '../modules/notifications/index';
import { createDemoOccasions } from '../modules/occasions/index';
import { createValueRecord } from '../modules/value-records/index';

const dayMs = 86_400_000;
const requestId = 'demo';

export interface DemoCarePartner {
  id: string;
  contactId: string;
}

/**
 * The demo's relationship care (section C): the Idulfitri greeting sent in March and a feedback
 * form answered in June on the knitted-bag partner, a request still waiting, the unique value and
 * the extras given, a product launch coming, a partner not contacted for months (neglected) and one
 * due for contact, a temu mitra with replies, and today's reminders in the bell.
 */
export async function fillDemoCare(
  deps: AppDeps,
  people: { manager: Principal; facilitator: Principal },
  partners: {
    rajut: DemoCarePartner;
    shop: DemoCarePartner;
    neglected: DemoCarePartner;
    due: DemoCarePartner;
  },
): Promise<void> {
  const { manager, facilitator } = people;
  const now = deps.clock.now();
  const daysAgo = (days: number) => new Date(now.getTime() - days * dayMs);
  const at = (moment: Date): AppDeps => ({ ...deps, clock: { now: () => new Date(moment) } });

  const greeting = await sendMessage(
    at(new Date('2026-03-21T01:30:00.000Z')),
    facilitator,
    createMessageRequestSchema.parse({
      partnerId: partners.rajut.id,
      contactId: partners.rajut.contactId,
      channel: 'whatsapp',
      purpose: 'greeting',
      occasionRef: 'holiday:official-2026-03-21-national_holiday-idulfitri',
      body:
        'Selamat pagi, Ibu Hj. Rusmini. Selamat Hari Raya Idulfitri 1447 H. Mohon maaf lahir dan batin. ' +
        'Salam hangat dari LKP Tas Rajut Banjarbaru.',
    }),
    requestId,
  );
  await confirmMessage(
    at(new Date('2026-03-21T01:35:00.000Z')),
    facilitator,
    greeting.message.id,
    true,
    requestId,
  );

  await createDemoFeedback(deps, manager, {
    partnerId: partners.rajut.id,
    contactId: partners.rajut.contactId,
    askedAt: daysAgo(170),
    answer: {
      satisfaction: 4,
      recommend: 9,
      improve: 'Jadwal praktik peserta magang perlu dikabarkan lebih awal.',
      comments: 'Peserta rajin dan cepat belajar. Kami siap menerima angkatan berikutnya.',
      respondentName: 'Hj. Rusmini',
      answeredAt: daysAgo(168),
    },
  });
  await createDemoFeedback(deps, manager, {
    partnerId: partners.shop.id,
    contactId: partners.shop.contactId,
    askedAt: daysAgo(9),
  });

  await createValueRecord(
    deps,
    manager,
    partners.rajut.id,
    {
      kind: 'unique_value',
      category: 'workshop',
      title: 'Pelatihan pemasaran daring untuk staf rumah produksi',
      description: 'Dua sesi tentang foto produk dan katalog WhatsApp Business, gratis bagi mitra.',
      givenOn: daysAgo(60).toISOString().slice(0, 10),
    },
    requestId,
  );
  await createValueRecord(
    deps,
    manager,
    partners.rajut.id,
    {
      kind: 'beyond_agreement',
      category: 'new_opportunity',
      title: 'Memperkenalkan mitra ke jaringan toko oleh-oleh bandara',
      description: null,
      givenOn: daysAgo(20).toISOString().slice(0, 10),
    },
    requestId,
  );

  await createDemoOccasions(deps, manager, {
    partnerId: partners.shop.id,
    today: now.toISOString().slice(0, 10),
  });
  await logDemoContact(deps, facilitator, partners.neglected, daysAgo(100));
  await logDemoContact(deps, facilitator, partners.due, daysAgo(40));
  await createDemoGathering(
    deps,
    manager,
    [partners.rajut.id, partners.shop.id, partners.due.id],
    publicBaseUrl(deps, null),
  );
  await createNotificationScheduler(deps).runDueTasks();
}

async function logDemoContact(
  deps: AppDeps,
  facilitator: Principal,
  partner: DemoCarePartner,
  occurredAt: Date,
): Promise<void> {
  const input = createInteractionRequestSchema.parse({
    kind: 'phone',
    approach: 'informal',
    occurredAt: occurredAt.toISOString(),
    partnerIds: [partner.id],
    contactIds: [partner.contactId],
    staffUserIds: [facilitator.userId],
    summary: 'Menanyakan kabar dan kebutuhan tenaga kerja terampil tahun ini.',
  });
  await deps.db
    .transaction()
    .execute((trx) => createInteractionWithin(trx, deps, facilitator, input, requestId));
}

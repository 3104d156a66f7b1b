import { addDays, localDateOf } from '../../src/shared/domain/local-date';
import { insertNotificationsIfNew } from '../../src/server/modules/notifications/notifications.repository';
import { newId } from '../../src/server/platform/ids';
import type { TestApp } from '../setup/test-app';
import { createInteractionVia } from './engagement';
import { createPartnerVia } from './partners';
import { createInstitutionFixture, createUserFixture, logInAs, type Session } from './people';

export interface ReminderWorld {
  institutionId: string;
  admin: Session;
  adminEmail: string;
  facilitator: Session;
  facilitatorEmail: string;
  /** The facilitator's partner, with a follow-up two days overdue. */
  ownPartner: { id: string; name: string; task: string; interactionId: string };
  /** A partner nobody facilitates, with a follow-up one day overdue. */
  otherPartner: { id: string; name: string; task: string; interactionId: string };
  /** The institution's (WITA) day the follow-ups are counted from. */
  today: string;
}

/** An institution (WITA) with an admin, a facilitator and two partners whose follow-ups are overdue. */
export async function createReminderWorld(t: TestApp, label = 'Banjarbaru'): Promise<ReminderWorld> {
  const { institutionId, adminEmail } = await createInstitutionFixture(t, { name: `LKP Rajut ${label}` });
  const admin = await logInAs(t, adminEmail);
  const facilitatorUser = await createUserFixture(t, institutionId, 'facilitator', {
    name: 'Rahmat Hidayat',
  });
  const facilitator = await logInAs(t, facilitatorUser.email);
  const today = localDateOf(t.clock.now(), 'WITA');
  const ownName = `Rumah Rajut Intan ${label}`;
  const otherName = `Toko Benang Sejahtera ${label}`;
  const own = await createPartnerVia(admin, { name: ownName, facilitatorUserId: facilitatorUser.userId });
  const other = await createPartnerVia(admin, { name: otherName });
  const ownTask = 'Kirim proposal magang peserta';
  const otherTask = 'Telepon soal harga benang grosir';
  const occurredAt = t.clock.now().toISOString();
  const ownInteraction = await createInteractionVia(admin, [own.id], {
    occurredAt,
    followUp: { task: ownTask, dueOn: addDays(today, -2) },
  });
  const otherInteraction = await createInteractionVia(admin, [other.id], {
    occurredAt,
    followUp: { task: otherTask, dueOn: addDays(today, -1) },
  });
  return {
    institutionId,
    admin,
    adminEmail,
    facilitator,
    facilitatorEmail: facilitatorUser.email,
    ownPartner: { id: own.id, name: ownName, task: ownTask, interactionId: ownInteraction.id },
    otherPartner: { id: other.id, name: otherName, task: otherTask, interactionId: otherInteraction.id },
    today,
  };
}

/** 07:30 on the day in WITA: both the reminders (06:00) and the digest (07:00) are due. */
export function witaMorning(day: string, time = '07:30'): Date {
  return new Date(`${day}T${time}:00.000+08:00`);
}

/** An unread reminder of the user about the partner, as the morning's reminders task makes them. */
export async function createNotificationFixture(
  t: TestApp,
  key: { institutionId: string; userId: string; partnerId: string },
): Promise<string> {
  const id = newId();
  const today = localDateOf(t.clock.now(), 'WITA');
  await insertNotificationsIfNew(t.deps.db, [
    {
      id,
      institution_id: key.institutionId,
      user_id: key.userId,
      reason: 'cadence_due',
      dedupe_key: `cadence_due:partner:${key.partnerId}:${today}`,
      partner_id: key.partnerId,
      partner_name: null,
      subject_type: 'partner',
      subject_id: key.partnerId,
      due_on: today,
      detail: null,
      created_at: t.clock.now().toISOString(),
      read_at: null,
      digest_sent_at: null,
      digest_claim: null,
      digest_claim_until: null,
    },
  ]);
  return id;
}

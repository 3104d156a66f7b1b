import type { MessagePreview } from '../../../shared/contracts/messages';
import type { CalendarOccasion } from '../../../shared/contracts/occasions';
import type { MessageChannel, MessagePurpose } from '../../../shared/domain/care-vocabulary';
import { defaultTemplateFor, findDefaultTemplate } from '../../../shared/domain/default-message-templates';
import { greetingAllowedFor, type Religion } from '../../../shared/domain/greeting-audience';
import { ianaTimeZones, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { greeting } from '../../../shared/domain/message-etiquette';
import {
  longIndonesianDate,
  renderTemplate,
  sapaan,
  type PlaceholderValues,
} from '../../../shared/domain/message-placeholders';
import type { Db } from '../../db/database';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { AppError } from '../../platform/http/app-error';
import { findOccasionByRef } from '../occasions/index';
import {
  findRecipientContact,
  findRecipientPartner,
  findSenderInstitution,
  type RecipientContact,
} from './message-context.repository';
import { fromDefaultTemplate, toMessageTemplate } from './message-mappers';
import { findTemplateRow, findTemplateRowFor } from './message-templates.repository';
import { consentUseEnded } from '../../../shared/domain/consent-use-ended';

export interface ComposeInput {
  partnerId: string;
  contactId: string;
  channel: MessageChannel;
  purpose: MessagePurpose;
  templateId?: string | null | undefined;
  occasionRef?: string | null | undefined;
}

export interface ComposedMessage {
  preview: MessagePreview;
  contact: RecipientContact;
  /** The phone (E.164) or email the message goes to; null when the channel has none. */
  recipient: string | null;
  occasionKey: string | null;
}

/** Work-chat hours (domain-facts.md): roughly 07:00–20:00 where the institution is. */
function outsideWorkingHours(now: Date, zone: TimeZoneCode): boolean {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      hourCycle: 'h23',
      timeZone: ianaTimeZones[zone],
    }).format(now),
  );
  return hour < 7 || hour >= 20;
}

async function findOccasion(
  db: Db,
  institutionId: string,
  partnerId: string,
  ref: string | null | undefined,
): Promise<CalendarOccasion | null> {
  if (!ref) return null;
  const occasion = await findOccasionByRef(db, institutionId, ref);
  // Another partner's anniversary is not this partner's occasion.
  if (!occasion || (occasion.partnerId && occasion.partnerId !== partnerId)) {
    throw new AppError('MESSAGE_OCCASION_NOT_FOUND');
  }
  return occasion;
}

async function pickTemplate(db: Db, institutionId: string, input: ComposeInput, occasionKey: string | null) {
  if (input.templateId) {
    const shipped = findDefaultTemplate(input.templateId);
    if (shipped) return fromDefaultTemplate(shipped);
    const row = await findTemplateRow(db, institutionId, input.templateId);
    if (!row) throw new AppError('MESSAGE_TEMPLATE_NOT_FOUND');
    return toMessageTemplate(row);
  }
  const key = input.purpose === 'greeting' ? (occasionKey ?? 'general') : null;
  const own = await findTemplateRowFor(db, institutionId, input.purpose, key);
  return own ? toMessageTemplate(own) : fromDefaultTemplate(defaultTemplateFor(input.purpose, key));
}

/**
 * Why this message may not go to this contact (the first reason), or null. Withdrawn consent stops
 * greetings always, and every message where consent was the legal basis.
 */
export function messageBlocker(
  contact: RecipientContact,
  input: Pick<ComposeInput, 'channel' | 'purpose'>,
  occasionKey: string | null,
): MessagePreview['blockedBy'] {
  const withdrawn = contact.consent_withdrawn_at !== null;
  if (
    (withdrawn && input.purpose === 'greeting') ||
    consentUseEnded(contact.legal_basis, contact.consent_withdrawn_at)
  ) {
    return 'CONTACT_CONSENT_WITHDRAWN';
  }
  if (
    input.purpose === 'greeting' &&
    !greetingAllowedFor(occasionKey, {
      religion: contact.religion as Religion | null,
      consentRecorded: contact.consent_given_at !== null,
      consentWithdrawn: withdrawn,
    })
  ) {
    return 'GREETING_NOT_FOR_CONTACT';
  }
  if (input.channel === 'whatsapp' && (!contact.phone || contact.whatsapp !== 1))
    return 'CONTACT_HAS_NO_WHATSAPP';
  if (input.channel === 'email' && !contact.email) return 'CONTACT_HAS_NO_EMAIL';
  return null;
}

/** The message as its template renders it for this contact, with everything the sender should see first. */
export async function composeMessage(
  deps: AppDeps,
  principal: Principal,
  input: ComposeInput,
): Promise<ComposedMessage> {
  const { db } = deps;
  const institutionId = principal.institutionId;
  const partner = await findRecipientPartner(db, institutionId, input.partnerId);
  if (!partner) throw new AppError('PARTNER_NOT_FOUND');
  const contact = await findRecipientContact(db, institutionId, input.partnerId, input.contactId);
  if (!contact) throw new AppError('CONTACT_NOT_FOUND');
  const occasion = await findOccasion(db, institutionId, input.partnerId, input.occasionRef);
  const occasionKey = input.purpose === 'greeting' ? (occasion?.occasionKey ?? null) : null;
  const template = await pickTemplate(db, institutionId, input, occasionKey);
  const institution = await findSenderInstitution(db, institutionId);
  const zone = (institution?.time_zone as TimeZoneCode | undefined) ?? 'WIB';
  const now = deps.clock.now();
  const values: PlaceholderValues = {
    salam: greeting(now, zone),
    sapaan: sapaan(contact.salutation as 'bapak' | 'ibu' | null, contact.name),
    nama_kontak: contact.name,
    nama_mitra: partner.name,
    lembaga: institution?.name ?? null,
    pengirim: principal.userName,
    jabatan_pengirim: null,
    momen: occasion?.title ?? null,
    tahun: occasion ? (occasion.calendarYearLabel ?? occasion.date.slice(0, 4)) : null,
    tanggal: occasion ? longIndonesianDate(occasion.date) : null,
  };
  const body = renderTemplate(template.body, values);
  const subject = template.subject ? renderTemplate(template.subject, values) : null;
  const recipient = input.channel === 'whatsapp' ? contact.phone : contact.email;
  return {
    contact,
    recipient,
    occasionKey,
    preview: {
      templateId: template.id,
      subject: input.channel === 'email' ? (subject?.text ?? null) : null,
      body: body.text,
      missingPlaceholders: [
        ...new Set([...body.missing, ...(input.channel === 'email' ? (subject?.missing ?? []) : [])]),
      ],
      contact: {
        id: contact.id,
        name: contact.name,
        salutation: contact.salutation as MessagePreview['contact']['salutation'],
        preferences: contact.preferences,
        sensitiveTopics: contact.sensitive_topics,
        phone: contact.phone,
        whatsApp: contact.whatsapp === 1,
        email: contact.email,
        consentWithdrawn: contact.consent_withdrawn_at !== null,
      },
      occasion: occasion
        ? { title: occasion.title, date: occasion.date, occasionKey: occasion.occasionKey }
        : null,
      outsideWorkingHours: outsideWorkingHours(now, zone),
      emailBySmtp: deps.mailer.configured,
      blockedBy: messageBlocker(contact, input, occasionKey),
    },
  };
}

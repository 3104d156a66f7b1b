import type { CreateMessageTemplateRequest } from '../../src/shared/contracts/messages';
import { createContactVia } from './partners';
import type { Session } from './people';

export function templateBody(
  overrides: Partial<CreateMessageTemplateRequest> = {},
): CreateMessageTemplateRequest {
  return {
    purpose: 'follow_up',
    name: `Tindak lanjut ${Math.random().toString(36).slice(2, 7)}`,
    subject: 'Tindak lanjut dari {lembaga}',
    body: '{salam}, {sapaan}.\n\nSaya {pengirim} dari {lembaga}, menindaklanjuti rencana magang di {nama_mitra}.\n\nTerima kasih.',
    ...overrides,
  };
}

/** A template, a drafted WhatsApp message to `contactId`, and a second contact whose consent may be withdrawn. */
export async function createMessageFixtures(session: Session, partnerId: string, contactId: string) {
  const template = await session.request('POST', '/api/v1/message-templates', templateBody());
  if (template.statusCode !== 201) throw new Error(`template create failed: ${template.body}`);
  const message = await session.request('POST', '/api/v1/messages', {
    partnerId,
    contactId,
    channel: 'whatsapp',
    purpose: 'follow_up',
    body: 'Selamat pagi, Ibu. Kami menindaklanjuti rencana magang. Terima kasih.',
  });
  if (message.statusCode !== 201) throw new Error(`message create failed: ${message.body}`);
  const second = await createContactVia(session, partnerId, {
    name: 'Bapak Andi Saputra',
    phone: '0813-5000-1234',
  });
  return {
    messageTemplateId: template.json<{ id: string }>().id,
    outgoingMessageId: message.json<{ message: { id: string } }>().message.id,
    consentContactId: second.id,
  };
}

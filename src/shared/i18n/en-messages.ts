import type { Catalog } from './catalog';

/** English words of message templates, composing WhatsApp and email messages, consent withdrawal; spread into `en`. */
export const enMessages: Pick<Catalog, 'messagesUi'> = {
  messagesUi: {
    placeholder: 'Messages',
  },
};

/** Indonesian words of message templates, composing WhatsApp and email messages, consent withdrawal; spread into `id`. */
export const idMessages = {
  messagesUi: {
    placeholder: 'Pesan',
  },
};

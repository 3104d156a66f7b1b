/** A wa.me link that opens WhatsApp with the text ready to send, the recipient chosen there. */
export function whatsAppUrl(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}

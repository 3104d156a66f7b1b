/**
 * A wa.me link that opens WhatsApp with the text ready to send: to the given number (E.164, sent as
 * its digits without `+`), or with the recipient chosen in WhatsApp when none is given.
 */
export function whatsAppUrl(text: string, phoneE164?: string | null): string {
  const recipient = phoneE164 ? phoneE164.replace(/\D/g, '') : '';
  return `https://wa.me/${recipient}?text=${encodeURIComponent(text)}`;
}

/** `+6281234567890` → `0812-3456-7890`-like local form for display and for search fragments. */
export function toLocalPhone(e164: string): string {
  return e164.startsWith('+62') ? `0${e164.slice(3)}` : e164;
}

/** Click-to-chat link; the text arrives as an editable draft, nothing is sent automatically. */
export function whatsAppLink(e164: string, text?: string): string {
  const base = `https://wa.me/${e164.replace(/^\+/, '')}`;
  return text ? `${base}?text=${encodeURIComponent(text)}` : base;
}

import { salutation as bapakIbu } from './message-etiquette';

/**
 * The placeholders a message template may use, in Indonesian so the people who write templates can
 * read them. A template with any other `{word}` is refused: a typo would otherwise reach a partner.
 */
export const messagePlaceholders = [
  /** "Selamat pagi" … "Selamat malam" for the hour of writing, in the institution's zone. */
  'salam',
  'sapaan',
  'nama_kontak',
  'nama_mitra',
  'lembaga',
  'pengirim',
  'jabatan_pengirim',
  'momen',
  'tahun',
  'tanggal',
] as const;
export type MessagePlaceholder = (typeof messagePlaceholders)[number];

export type PlaceholderValues = Partial<Record<MessagePlaceholder, string | null>>;

const known = new Set<string>(messagePlaceholders);
const placeholderPattern = /\{([^{}\s]{1,40})\}/g;

function isKnown(name: string): name is MessagePlaceholder {
  return known.has(name);
}

/** Every `{name}` a template uses, in order of first use, without repeats. */
export function templatePlaceholders(template: string): string[] {
  const names = [...template.matchAll(placeholderPattern)].map((match) => match[1]!);
  return [...new Set(names)];
}

export function unknownPlaceholders(template: string): string[] {
  return templatePlaceholders(template).filter((name) => !isKnown(name));
}

export interface RenderedTemplate {
  text: string;
  /** Placeholders the template uses but no value was known for; they stay written for the sender to fill in. */
  missing: MessagePlaceholder[];
}

export function renderTemplate(template: string, values: PlaceholderValues): RenderedTemplate {
  const missing = new Set<MessagePlaceholder>();
  const text = template.replace(placeholderPattern, (whole, name: string) => {
    if (!isKnown(name)) return whole;
    const value = values[name];
    if (value === undefined || value === null || value === '') {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text, missing: [...missing] };
}

/** "Bapak Andi", "Ibu Sari", or "Bapak/Ibu Andi" when the salutation is not recorded. */
export function sapaan(salutation: 'bapak' | 'ibu' | null, name: string): string {
  const trimmed = name.trim();
  if (!salutation || /^(bapak|ibu|bpk\.?|pak|bu)\s/i.test(trimmed)) return bapakIbu(trimmed);
  return `${salutation === 'bapak' ? 'Bapak' : 'Ibu'} ${trimmed}`;
}

/** "Jumat, 20 Maret 2026" for the ISO date `2026-03-20` (a calendar date, no zone shift). */
export function longIndonesianDate(isoDate: string): string {
  return new Intl.DateTimeFormat('id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

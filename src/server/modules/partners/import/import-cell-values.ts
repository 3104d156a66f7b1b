import {
  builtInPartnerCategories,
  exchangeItems,
  partnerSizes,
  type BuiltInPartnerCategory,
  type ExchangeItem,
  type PartnerSize,
} from '../../../../shared/domain/partner-vocabulary';
import type { CellValue } from '../../../platform/files/spreadsheet/spreadsheet-source';
import { toHeaderKey } from './guess-import-field';

// Control characters are never meant in a typed cell, and PostgreSQL refuses U+0000 in text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A cell as trimmed text; numbers keep every digit (no exponent), empty becomes null. */
export function cellText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    return Number.isInteger(value) ? BigInt(Math.round(value)).toString() : String(value);
  }
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak';
  const text = value.replace(controlCharacters, '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** A phone typed as a number loses its leading 0 in Excel (81234567890); text keeps it. */
export function phoneText(value: CellValue | undefined): string | null {
  const text = cellText(value);
  if (text === null) return null;
  return typeof value === 'number' && /^8\d{8,11}$/.test(text) ? `0${text}` : text;
}

/** "-3,4417" (Indonesian decimal comma) or a number. */
export function coordinate(value: CellValue | undefined): number | null | 'invalid' {
  if (typeof value === 'number') return value;
  const text = cellText(value);
  if (text === null) return null;
  const number = Number(text.replace(',', '.'));
  return Number.isFinite(number) ? number : 'invalid';
}

export function yesNo(value: CellValue | undefined): boolean | null {
  const key = toHeaderKey(cellText(value) ?? '');
  if (!key) return null;
  if (['ya', 'y', 'yes', '1', 'true', 'ada', 'aktif', 'benar', 'v'].includes(key)) return true;
  if (['tidak', 't', 'no', 'n', '0', 'false', 'tidakada', 'bukan', 'x', 'tdk'].includes(key)) return false;
  return null;
}

const categoryWords: [BuiltInPartnerCategory, string[]][] = [
  [
    'business',
    ['dudi', 'duniausaha', 'industri', 'perusahaan', 'usaha', 'business', 'company', 'swasta', 'umkm', 'ukm'],
  ],
  ['cooperative', ['koperasi', 'kud', 'cooperative']],
  ['community_figure', ['tokoh', 'tokohmasyarakat', 'tokohagama', 'figure']],
  [
    'community_group',
    ['kelompokmasyarakat', 'kelompok', 'komunitas', 'paguyuban', 'pokdarwis', 'karangtaruna', 'community'],
  ],
  [
    'government',
    [
      'pemerintah',
      'lembagapemerintah',
      'instansipemerintah',
      'dinas',
      'instansi',
      'government',
      'pemda',
      'kementerian',
      'badan',
      'kantor',
      'desa',
      'kelurahan',
      'puskesmas',
    ],
  ],
];

/**
 * A category from how people write it ("DUDI", "Koperasi/KUD", "Tokoh Masyarakat", the code itself,
 * or one of the institution's own category names).
 */
export function categoryFrom(text: string, customByKey: Map<string, string>): string | null {
  if ((builtInPartnerCategories as readonly string[]).includes(text)) return text;
  const key = toHeaderKey(text);
  const custom = customByKey.get(key);
  if (custom) return custom;
  for (const [category, words] of categoryWords)
    if (words.some((word) => key.startsWith(word))) return category;
  for (const [category, words] of categoryWords)
    if (words.some((word) => word.length >= 4 && key.includes(word))) return category;
  return null;
}

/** When the file has no category, the name often says it: "PT …", "Koperasi …", "Dinas …". */
export function categoryFromName(name: string): BuiltInPartnerCategory | null {
  const lower = name.toLowerCase();
  if (/^(pt|cv|ud|pd|fa|toko|bengkel|salon|rumah makan|rm|hotel|bank|klinik|apotek|percetakan)\b/.test(lower))
    return 'business';
  if (/^(koperasi|kud|ksp|kopwan)\b/.test(lower)) return 'cooperative';
  if (/^(dinas|badan|kantor|kecamatan|kelurahan|pemerintah|balai|upt|puskesmas|desa)\b/.test(lower))
    return 'government';
  if (
    /^(kelompok|karang taruna|pokdarwis|paguyuban|komunitas|gapoktan|kwt|sanggar|majelis taklim)\b/.test(
      lower,
    )
  )
    return 'community_group';
  if (/^(bapak|ibu|h\.|hj\.|ustadz|kh\.|pak|bu)\s/.test(lower)) return 'community_figure';
  return null;
}

const sizeWords: Record<string, PartnerSize> = {
  mikro: 'micro',
  micro: 'micro',
  usahamikro: 'micro',
  kecil: 'small',
  small: 'small',
  usahakecil: 'small',
  menengah: 'medium',
  medium: 'medium',
  sedang: 'medium',
  usahamenengah: 'medium',
  besar: 'large',
  large: 'large',
  usahabesar: 'large',
};

export function sizeFrom(text: string): PartnerSize | null {
  const key = toHeaderKey(text);
  if ((partnerSizes as readonly string[]).includes(key)) return key as PartnerSize;
  return sizeWords[key] ?? null;
}

export function scopeFrom(text: string): 'local' | 'wider' | null {
  const key = toHeaderKey(text);
  if (
    ['local', 'lokal', 'wilayahkerja', 'wilayahkerjalembaga', 'dalam', 'dalamwilayah', 'setempat'].includes(
      key,
    )
  )
    return 'local';
  if (
    [
      'wider',
      'luas',
      'luar',
      'luarwilayah',
      'diluarwilayahkerja',
      'diluarwilayah',
      'lebihluas',
      'nasional',
      'regional',
    ].includes(key)
  )
    return 'wider';
  return null;
}

const exchangeWords: [ExchangeItem, string[]][] = [
  ['internship_places', ['magang', 'pkl', 'praktikkerja', 'prakerin', 'internship', 'tempatpraktik']],
  [
    'guest_instructors',
    ['instruktur', 'narasumber', 'pengajar', 'pelatih', 'gurutamu', 'instructor', 'guest'],
  ],
  [
    'graduate_hiring',
    ['lulusan', 'rekrut', 'penyerapan', 'tenagakerja', 'lowongan', 'kerja', 'hiring', 'graduate'],
  ],
  [
    'equipment_facilities',
    ['peralatan', 'alat', 'sarana', 'fasilitas', 'tempat', 'gedung', 'equipment', 'facilit'],
  ],
  ['capital', ['modal', 'dana', 'pembiayaan', 'kredit', 'capital', 'fund']],
  ['market_access', ['pasar', 'pemasaran', 'penjualan', 'market']],
  ['curriculum_input', ['kurikulum', 'curriculum']],
  ['competency_certification', ['sertifikasi', 'ujikompetensi', 'kompetensi', 'lsp', 'certification']],
  ['other', ['lain', 'lainnya', 'other']],
];

/** "Tempat magang, instruktur tamu; modal" → items; unknown words are returned apart. */
export function exchangeItemsFrom(text: string): { items: ExchangeItem[]; unknown: string[] } {
  const items = new Set<ExchangeItem>();
  const unknown: string[] = [];
  for (const part of text.split(/[,;/\n]+/)) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    if ((exchangeItems as readonly string[]).includes(trimmed)) {
      items.add(trimmed as ExchangeItem);
      continue;
    }
    const key = toHeaderKey(trimmed);
    const match = exchangeWords.find(([, words]) => words.some((word) => key.includes(word)));
    if (match) items.add(match[0]);
    else unknown.push(trimmed);
  }
  return { items: [...items], unknown };
}

export function listFrom(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

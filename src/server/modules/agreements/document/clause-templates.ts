import type { AgreementKind, ArticleBlock } from './agreement-document-model';

/**
 * The boilerplate articles an institution may reword in its clause library. MoU keys are apart
 * from the PKS ones because an MoU only promises what a PKS binds, so one library serves both.
 */
export const clauseKeys = [
  'recitals',
  'purpose',
  'scope',
  'mou_scope',
  'mou_follow_up',
  'rights_obligations',
  'implementation',
  'funding',
  'term',
  'extension',
  'monitoring',
  'force_majeure',
  'disputes',
  'addendum',
  'addendum_remaining',
  'closing',
] as const;
export type ClauseKey = (typeof clauseKeys)[number];
export type ClauseOverrides = Partial<Record<ClauseKey, string>>;

/** Every placeholder a clause may use, with what it is replaced by (shown to whoever edits the library). */
export const clausePlaceholders = {
  'institution.name': 'Nama lembaga (PIHAK PERTAMA)',
  'partner.name': 'Nama mitra (PIHAK KEDUA)',
  'institution.regency': 'Kabupaten/kota lembaga',
  'partner.regency': 'Kabupaten/kota mitra',
  regency: 'Kabupaten/kota tempat kerja sama dilaksanakan (lembaga, atau tempat penandatanganan)',
  place: 'Tempat penandatanganan',
  document: 'Sebutan dokumen ini, mis. "Perjanjian Kerja Sama ini"',
  subject: 'Pokok kerja sama, mis. "kerja sama pelatihan dan produksi tas rajut"',
  programme: 'Nama program kerja sama (atau pokoknya bila tidak ada)',
  pattern: 'Pola kemitraan, mis. "Kerja Sama Operasional"',
  'term.startsOn': 'Tanggal mulai, mis. "1 Februari 2027"',
  'term.endsOn': 'Tanggal berakhir, mis. "31 Januari 2028"',
  'term.startsOnWords': 'Tanggal mulai dengan huruf, mis. "Senin tanggal satu bulan Februari … (01-02-2027)"',
  'term.endsOnWords': 'Tanggal berakhir dengan huruf',
  'term.months': 'Lama kerja sama dalam bulan penuh, mis. "12 (dua belas)"',
  'term.duration': 'Lama kerja sama, mis. "12 (dua belas) bulan"',
  'parent.heading': 'Judul perjanjian yang diubah atau diperpanjang',
  'parent.number': 'Nomor perjanjian yang diubah atau diperpanjang',
  'parent.date': 'Tanggal perjanjian yang diubah atau diperpanjang',
} as const;
export type ClausePlaceholder = keyof typeof clausePlaceholders;
export type ClauseValues = Record<ClausePlaceholder, string>;

const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

const isPlaceholder = (name: string): name is ClausePlaceholder => Object.hasOwn(clausePlaceholders, name);

/** The placeholders of a template that `clausePlaceholders` does not know, each once, in order. */
export function findUnknownPlaceholders(template: string): string[] {
  const unknown = new Set<string>();
  for (const match of template.matchAll(placeholderPattern)) {
    const name = match[1] ?? '';
    if (!isPlaceholder(name)) unknown.add(name);
  }
  return [...unknown];
}

/** The template with its placeholders replaced; values are inserted once, never re-scanned. */
export function fillClause(template: string, values: Partial<ClauseValues>): string {
  return template.replace(placeholderPattern, (whole, name: string) =>
    isPlaceholder(name) ? (values[name] ?? '') : whole,
  );
}

/**
 * A clause's text as blocks: paragraphs separated by blank lines; consecutive lines starting with
 * "- " become a bullet list and with "1. " a numbered list.
 */
export function clauseBlocks(text: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (list) blocks.push({ kind: 'list', ...list });
    paragraph = [];
    list = null;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const bullet = /^-\s+(.*)$/.exec(line);
    const numbered = /^\d{1,3}[.)]\s+(.*)$/.exec(line);
    const item = bullet ?? numbered;
    if (line === '') flush();
    else if (item) {
      const ordered = Boolean(numbered) && !bullet;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1] ?? '');
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

const documentNames: Record<AgreementKind, string> = {
  mou: 'Nota Kesepahaman ini',
  pks: 'Perjanjian Kerja Sama ini',
  addendum: 'Adendum ini',
  extension: 'Perjanjian Perpanjangan ini',
};

export function documentNameOf(kind: AgreementKind): string {
  return documentNames[kind];
}

const shared: Record<ClauseKey, string> = {
  recitals: [
    '1. bahwa PIHAK PERTAMA adalah lembaga kursus dan pelatihan yang menyelenggarakan pendidikan nonformal untuk membekali peserta didik dengan keterampilan kerja dan usaha;',
    '2. bahwa PIHAK KEDUA adalah mitra usaha yang bergerak di bidang yang berkaitan dengan {{subject}};',
    '3. bahwa PARA PIHAK berkeinginan untuk menjalin kemitraan dengan pola {{pattern}} yang saling memerlukan, saling memperkuat dan saling menguntungkan.',
  ].join('\n'),
  purpose:
    '{{document}} dimaksudkan sebagai landasan bagi PARA PIHAK dalam melaksanakan {{programme}}.\n\n' +
    'Tujuan {{document}} adalah meningkatkan mutu dan relevansi lulusan PIHAK PERTAMA dengan kebutuhan dunia usaha dan dunia industri, serta mengembangkan usaha PIHAK KEDUA di {{regency}}.',
  scope: [
    'Ruang lingkup {{document}} meliputi:',
    '- pelaksanaan {{programme}} sesuai rencana kerja bersama;',
    '- pelatihan, pemagangan dan pendampingan peserta didik PIHAK PERTAMA;',
    '- pemanfaatan sarana, prasarana dan tenaga ahli PARA PIHAK;',
    '- pemasaran hasil kegiatan dan penyerapan lulusan.',
  ].join('\n'),
  mou_scope: [
    'Ruang lingkup {{document}} meliputi penjajakan dan pengembangan kerja sama di bidang:',
    '- {{programme}};',
    '- pelatihan, pemagangan dan penyerapan lulusan;',
    '- bidang lain yang disepakati PARA PIHAK.',
  ].join('\n'),
  mou_follow_up:
    '{{document}} ditindaklanjuti dengan Perjanjian Kerja Sama yang mengatur hak dan kewajiban, rencana kerja, pembiayaan serta hal teknis lainnya, yang merupakan bagian tidak terpisahkan dari {{document}}.',
  rights_obligations:
    'Hak dan kewajiban PARA PIHAK diatur lebih lanjut dalam rencana kerja bersama yang disepakati PARA PIHAK dan merupakan bagian tidak terpisahkan dari {{document}}.',
  implementation:
    'Pelaksanaan {{document}} dilakukan sesuai rencana kerja bersama yang disusun dan disepakati PARA PIHAK.',
  funding:
    'Biaya yang timbul dari pelaksanaan {{document}} ditanggung PARA PIHAK sesuai kesepakatan dan ketentuan peraturan perundang-undangan yang berlaku.',
  term:
    '{{document}} berlaku selama {{term.duration}}, terhitung sejak hari {{term.startsOnWords}} sampai dengan hari {{term.endsOnWords}}.\n\n' +
    '{{document}} dapat diperpanjang atas kesepakatan PARA PIHAK yang diajukan secara tertulis paling lambat 30 (tiga puluh) hari sebelum jangka waktu berakhir.',
  extension:
    'PARA PIHAK sepakat memperpanjang jangka waktu {{parent.heading}} Nomor {{parent.number}} tanggal {{parent.date}} dengan ketentuan sebagaimana diatur dalam {{document}}.',
  monitoring:
    'PARA PIHAK melakukan monitoring dan evaluasi atas pelaksanaan {{document}} secara berkala paling sedikit setiap 6 (enam) bulan.\n\n' +
    'Hasil monitoring dan evaluasi dituangkan dalam berita acara dan menjadi bahan perbaikan serta rencana tindak lanjut.',
  force_majeure: [
    'Keadaan kahar adalah keadaan di luar kemampuan PARA PIHAK yang mengakibatkan tidak dapat dilaksanakannya kewajiban, antara lain:',
    '- bencana alam, wabah penyakit, kebakaran dan huru-hara;',
    '- kebijakan pemerintah yang secara langsung memengaruhi pelaksanaan {{document}}.',
    '',
    'Pihak yang mengalami keadaan kahar memberitahukannya secara tertulis kepada pihak lainnya paling lambat 7 (tujuh) hari sejak terjadinya keadaan kahar.',
  ].join('\n'),
  disputes:
    'Perselisihan yang timbul dari pelaksanaan {{document}} diselesaikan secara musyawarah untuk mufakat.\n\n' +
    'Apabila musyawarah tidak mencapai mufakat, PARA PIHAK sepakat menyelesaikannya melalui Pengadilan Negeri yang berwenang di {{regency}}.',
  addendum:
    'Hal-hal yang belum diatur atau perubahan atas {{document}} diatur kemudian oleh PARA PIHAK dalam adendum yang merupakan bagian tidak terpisahkan dari {{document}}.',
  addendum_remaining:
    'Ketentuan lain dalam {{parent.heading}} Nomor {{parent.number}} tanggal {{parent.date}} yang tidak diubah dengan {{document}} tetap berlaku dan mengikat PARA PIHAK.',
  closing:
    '{{document}} dibuat dalam rangkap 2 (dua) asli, masing-masing bermeterai cukup Rp10.000 (sepuluh ribu rupiah) dan mempunyai kekuatan hukum yang sama, serta berlaku sejak ditandatangani oleh PARA PIHAK.',
};

const byKind: Record<AgreementKind, Partial<Record<ClauseKey, string>>> = {
  mou: {
    purpose:
      '{{document}} dimaksudkan sebagai kesepahaman awal PARA PIHAK untuk menjalin kemitraan dalam {{programme}}.\n\n' +
      'Tujuan {{document}} adalah menjadi dasar penyusunan Perjanjian Kerja Sama antara PARA PIHAK.',
  },
  pks: {},
  addendum: {},
  extension: {
    term: 'Jangka waktu {{parent.heading}} diperpanjang selama {{term.duration}}, terhitung sejak hari {{term.startsOnWords}} sampai dengan hari {{term.endsOnWords}}.',
  },
};

/** The clauses each kind's articles are built from (compose-agreement-document.ts), in document order. */
export const clauseKeysOfKind: Record<AgreementKind, readonly ClauseKey[]> = {
  mou: ['recitals', 'purpose', 'mou_scope', 'mou_follow_up', 'funding', 'term', 'disputes', 'closing'],
  pks: [
    'recitals',
    'purpose',
    'scope',
    'rights_obligations',
    'implementation',
    'funding',
    'term',
    'monitoring',
    'force_majeure',
    'disputes',
    'addendum',
    'closing',
  ],
  addendum: ['recitals', 'addendum_remaining', 'closing'],
  extension: ['recitals', 'extension', 'term', 'addendum_remaining', 'closing'],
};

/** The built-in wording of every clause for one kind of agreement, before the institution's overrides. */
export function defaultClauseTemplates(kind: AgreementKind): Record<ClauseKey, string> {
  return { ...shared, ...byKind[kind] };
}

/** The Indonesian words the laporan monev prints for stored codes. */

export const agreementKindWords: Record<string, string> = {
  mou: 'Nota Kesepahaman (MoU)',
  pks: 'Perjanjian Kerja Sama (PKS)',
  addendum: 'Adendum',
  extension: 'Perpanjangan',
};

export const agreementStatusWords: Record<string, string> = {
  draft: 'draf',
  in_review: 'dalam peninjauan',
  awaiting_signatures: 'menunggu tanda tangan',
  active: 'berlaku',
  terminated: 'diakhiri',
};

export const outcomeWords: Record<string, string> = {
  as_planned: 'Sesuai rencana',
  partly: 'Sebagian',
  not_done: 'Tidak terlaksana',
};

export const goalReachedWords: Record<string, string> = { yes: 'Ya', partly: 'Sebagian', no: 'Tidak' };

export const decisionWords: Record<string, string> = {
  continue: 'Dilanjutkan',
  continue_with_changes: 'Dilanjutkan dengan perubahan',
  stop: 'Dihentikan',
};

export const problemStatusWords: Record<string, string> = {
  open: 'Terbuka',
  in_progress: 'Ditangani',
  solved: 'Selesai',
};

export const improvementStatusWords: Record<string, string> = { open: 'Belum', done: 'Selesai' };

export const activityStatusWords: Record<string, string> = {
  planned: 'Direncanakan',
  in_progress: 'Berjalan',
  done: 'Selesai',
  cancelled: 'Dibatalkan',
};

export const evidenceKindWords: Record<string, string> = {
  photo: 'Foto',
  attendance: 'Daftar hadir',
  document: 'Dokumen',
};

export const sideWords: Record<string, string> = {
  institution: 'Lembaga',
  partner: 'Mitra',
  both: 'Bersama',
};

/** 2.5 → "2,5": figures in a document use the Indonesian decimal comma. */
export function figure(value: number): string {
  return String(value).replace('.', ',');
}

export function wordOf(words: Record<string, string>, code: string | null): string {
  if (code === null) return '-';
  return words[code] ?? code;
}

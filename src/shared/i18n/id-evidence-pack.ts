/** Indonesian words of the downloads of steps 9–11: the laporan monev and the evidence pack; spread into `id`. */
export const idEvidencePack = {
  evidencePackUi: {
    partnershipPack: 'Unduh paket bukti (ZIP)',
    programmePack: 'Unduh paket bukti program (ZIP)',
    packHint:
      'Satu berkas ZIP berisi indeks, naskah kerja sama bertanda tangan, rencana kerja, bukti kegiatan, dan laporan monev.',
    preparing: 'Menyiapkan berkas…',
    failedTitle: 'Berkas tidak dapat diunduh',
    monevTitle: 'Laporan monev',
    monevHint:
      'Laporan monitoring dan evaluasi siklus ini, lengkap dengan tabel dan grafik rencana terhadap realisasi.',
    monevPdf: 'Unduh PDF',
    monevDocx: 'Unduh DOCX',
  },
} as const;

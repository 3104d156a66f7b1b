import type { PartnershipPattern } from '../domain/partnership-stages';

/** Indonesian texts of the institution's own partnership patterns and of a later-stage entry. */
export const idPartnershipPatterns = {
  /** The guide's one line for each of its four patterns (Pola Kemitraan). */
  partnershipPatternDescriptions: {
    agency: 'Usaha kecil mendapat hak khusus memasarkan barang dan jasa mitra yang lebih besar.',
    operational_cooperation:
      'Kelompok mitra menyediakan lahan, sarana dan tenaga; perusahaan mitra menyediakan dana, modal, manajemen dan menjamin pasar.',
    foster:
      'Usaha besar membantu usaha kecil tumbuh, misalnya dengan modal, pelatihan, pendampingan atau pasar.',
    general_trade:
      'Usaha besar memasarkan produk usaha kecil, atau usaha kecil memasok usaha besar (pemasaran, tempat usaha, pasokan).',
  } satisfies Record<PartnershipPattern, string>,
  partnershipPatternsUi: {
    title: 'Pola kemitraan',
    intro:
      'Empat pola dari panduan berlaku untuk semua lembaga. Tambahkan pola lembaga sendiri bila kemitraan Anda tidak cocok dengan keempatnya.',
    builtInTitle: 'Pola dari panduan',
    builtInBadge: 'Tetap',
    builtInNote: 'Keempat pola ini tidak dapat diubah atau dihapus.',
    ownTitle: 'Pola lembaga',
    ownGroup: 'Pola lembaga',
    builtInGroup: 'Pola dari panduan',
    emptyTitle: 'Belum ada pola lembaga',
    emptyBody:
      'Tambahkan pola bila kemitraan Anda tidak cocok dengan empat pola panduan, misalnya "Magang bersertifikat".',
    emptyReadOnly: 'Belum ada pola lembaga. Hanya admin atau manajer yang dapat menambahkannya.',
    readOnly: 'Anda dapat melihat pola, tetapi hanya admin atau manajer yang dapat mengubahnya.',
    add: 'Tambah pola',
    addTitle: 'Pola kemitraan baru',
    editTitle: 'Ubah pola kemitraan',
    name: 'Nama pola',
    nameHint: 'Nama yang tampil di papan kemitraan, misalnya "Magang bersertifikat".',
    description: 'Keterangan',
    descriptionHint: 'Satu kalimat: apa yang dilakukan masing-masing pihak.',
    noDescription: 'Belum ada keterangan',
    code: 'Kode',
    partnerships: 'Kemitraan',
    partnershipCount: '{count} kemitraan',
    edit: 'Ubah',
    editNamed: 'Ubah pola {name}',
    remove: 'Hapus',
    removeNamed: 'Hapus pola {name}',
    removeTitle: 'Hapus pola {name}?',
    removeBody:
      'Pola ini belum dipakai kemitraan mana pun. Setelah dihapus, pola ini tidak dapat dipilih lagi.',
    removeInUse:
      'Pola ini masih dipakai {count} kemitraan, jadi belum dapat dihapus. Ganti dulu pola kemitraan tersebut (buka kemitraannya di papan dengan saringan pola ini).',
    viewPartnerships: 'Lihat {count} kemitraan',
    created: 'Pola {name} ditambahkan.',
    saved: 'Pola {name} disimpan.',
    removed: 'Pola {name} dihapus.',
    editNote: 'Kodenya tetap, jadi kemitraan yang memakai pola ini ikut memakai nama baru.',
  },
  partnershipEntryUi: {
    switchLabel: 'Kemitraan ini sudah berjalan sebelum memakai Jalin',
    switchHint: 'Catat mulai dari tahap yang sedang berjalan. Syarat tahap-tahap sebelumnya tidak diperiksa.',
    stage: 'Tahap saat ini',
    reason: 'Mengapa mulai dari tahap ini',
    reasonHint: 'Minimal 10 huruf, misalnya "MoU ditandatangani Maret 2025, kelas sudah berjalan".',
    reasonTooShort: 'Tulis alasannya, minimal 10 huruf.',
    historyEntered: 'Dicatat mulai tahap {stage}, karena {reason}',
  },
} as const;

import type { MergeFillField } from '../domain/partner-merge-plan';

/** Indonesian texts of merging duplicate partners. */
export const idPartnerMerge = {
  partnerMerge: {
    action: 'Gabungkan dengan duplikat',
    title: 'Gabungkan dengan duplikat',
    intro:
      'Pilih mitra yang sebenarnya sama dengan {name}. Kontak dan riwayatnya disatukan pada satu mitra, lalu catatan yang lain dihapus.',
    candidatesTitle: 'Kemungkinan duplikat',
    candidatesNone:
      'Jalin tidak menemukan kemungkinan duplikat mitra ini. Cari mitra lain dengan nama, telepon, atau email.',
    search: 'Cari mitra lain',
    searchPlaceholder: 'Nama, telepon, atau email',
    searchHint: 'Ketik minimal 3 karakter.',
    searchNone: 'Tidak ada mitra lain yang cocok dengan pencarian ini.',
    choose: 'Pilih',
    chooseNamed: 'Pilih {name}',
    keptTitle: 'Dipertahankan',
    duplicateTitle: 'Digabungkan lalu dihapus',
    swap: 'Tukar: pertahankan yang lain',
    contactsCount: '{count} kontak',
    whatHappens: 'Yang akan terjadi',
    movesContacts: '{count} kontak dari {duplicate} dipindahkan ke {kept}.',
    noContacts: '{duplicate} tidak memiliki kontak untuk dipindahkan.',
    addsTags: 'Label ditambahkan: {items}.',
    addsNeeds: 'Kebutuhan ditambahkan: {items}.',
    addsOffers: 'Tawaran ditambahkan: {items}.',
    fills: 'Isian kosong {kept} yang dilengkapi dari {duplicate}:',
    fillsNone: 'Tidak ada isian kosong {kept} yang dapat dilengkapi dari {duplicate}.',
    keepsFilled: 'Isian {kept} yang sudah terisi, termasuk nama dan kategori, tidak diganti.',
    removesDuplicate:
      '{duplicate} dihapus dari daftar dan tautan lamanya diarahkan ke {kept}. Penggabungan tercatat di log audit dan tidak dapat dibatalkan.',
    back: 'Pilih mitra lain',
    confirm: 'Gabungkan',
    done: '{duplicate} digabung ke {kept}; {count} kontak dipindahkan.',
    redirected: 'Mitra yang Anda buka sudah digabung ke mitra ini.',
    conflict:
      'Salah satu mitra baru saja diubah orang lain. Pratinjau sudah diperbarui; periksa lagi lalu gabungkan.',
    fields: {
      size: 'Skala usaha',
      sector: 'Bidang usaha',
      description: 'Deskripsi',
      characteristics: 'Karakteristik',
      region: 'Kecamatan/desa',
      address: 'Alamat',
      location: 'Koordinat',
      website: 'Situs web',
      socialLinks: 'Tautan media sosial',
      source: 'Sumber informasi',
      facilitator: 'Pendamping',
      nib: 'NIB',
      npwp: 'NPWP',
      kbliCode: 'Kode KBLI',
      kbliVersion: 'Versi KBLI',
      cooperativeLegalNumber: 'Nomor badan hukum koperasi',
    } satisfies Record<MergeFillField, string>,
  },
};

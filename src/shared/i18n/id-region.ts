/** Indonesian words of the district roll-up (supervisor); spread into `id`. */
export const idRegion = {
  regionUi: {
    heading: 'Rekap wilayah',
    intro:
      'Angka kemitraan lembaga kursus di wilayah binaan Bapak/Ibu, hanya baca. Angka diperbarui otomatis paling lambat setengah menit setelah lembaga mencatat.',
    region: 'Wilayah',
    period: 'Periode',
    periods: {
      this_year: 'Tahun ini',
      last_year: 'Tahun lalu',
      last_12_months: '12 bulan terakhir',
      year: 'Tahun tertentu',
    },
    year: 'Tahun',
    noRegions:
      'Akun Bapak/Ibu belum memegang wilayah binaan. Minta admin menambahkannya di Pengaturan › Pengguna.',
    empty: 'Belum ada lembaga yang terdaftar di wilayah ini.',
    totals: 'Jumlah di wilayah ini',
    institutions: 'Lembaga',
    partners: 'Mitra',
    activeAgreements: 'Kesepakatan berlaku',
    expiringAgreements: 'Segera berakhir',
    neglectedPartners: 'Mitra terabaikan',
    outcomes: 'Capaian periode',
    institution: 'Lembaga',
    computedAt: 'Dihitung',
    notComputed: 'Belum dihitung',
    tableLabel: 'Lembaga di wilayah ini',
    sortBy: 'Urutkan menurut {column}',
    view: 'Lihat lembaga',
    map: 'Peta lembaga dan mitra',
    mapHint: 'Titik besar: lembaga. Titik kecil: mitra lembaga tersebut.',
    mapTruncated: 'Peta hanya menampilkan {count} titik mitra pertama.',
    noPoints: 'Belum ada lembaga di wilayah ini yang mengisi titik lokasinya.',
    viewingBanner: 'Anda melihat data {institution} (hanya baca)',
    backToRegion: 'Kembali ke rekap wilayah',
  },
} as const;

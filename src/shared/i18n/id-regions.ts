/** Indonesian texts of the region picker and the "Tentang Jalin" page; spread into `id`. */
export const idRegions = {
  regions: {
    province: 'Provinsi',
    regency: 'Kabupaten/Kota',
    district: 'Kecamatan',
    village: 'Kelurahan/Desa',
    choose: 'Pilih {level}',
    chooseAboveFirst: 'Pilih {level} terlebih dahulu',
    nothingFound: 'Tidak ada yang cocok',
    loadFailed: 'Daftar wilayah gagal dimuat. Coba lagi.',
    levelMismatch: 'Pilih wilayah sampai tingkat yang diminta.',
  },
  about: {
    menuLink: 'Tentang Jalin',
    title: 'Tentang Jalin',
    intro:
      'Jalin membantu lembaga kursus dan pelatihan menjalin, menjalankan, dan merawat kemitraan, mengikuti Panduan Kemitraan LKP.',
    dataTitle: 'Sumber data',
    regionData: 'Data wilayah: idn-area-data (Kemendagri), © kontributor, lisensi ODbL',
    regionDataDetail:
      'Kode dan nama provinsi, kabupaten/kota, kecamatan, serta kelurahan/desa mengikuti Kepmendagri 300.2.2-2138/2025, disusun oleh proyek idn-area-data. Tabel wilayah di Jalin adalah turunan data tersebut dan berlisensi sama (Open Database License).',
    sourceLink: 'Sumber: github.com/fityannugroho/idn-area-data',
    licenceLink: 'Lisensi: opendatacommons.org/licenses/odbl',
  },
} as const;

/** Indonesian words of the annual partnership report and the Laporan page; spread into `id`. */
export const idAnnualReport = {
  annualReportUi: {
    heading: 'Laporan kemitraan tahunan',
    intro:
      'Satu dokumen untuk satu tahun: identitas lembaga, angka dasbor Januari–Desember dengan grafik, daftar kemitraan, kesepakatan, kegiatan dan capaiannya, catatan nilai, umpan balik mitra, serta blok tanda tangan kepala lembaga.',
    year: 'Tahun',
    makePdf: 'Buat PDF',
    makeDocx: 'Buat DOCX (Word)',
    makeXlsx: 'Buat XLSX (angka)',
    queued: 'Menunggu giliran…',
    running: 'Menyusun laporan… {percent}%',
    progressLabel: 'Kemajuan penyusunan laporan',
    ready: 'Laporan {format} tahun {year} siap.',
    download: 'Unduh {fileName}',
    failed: 'Laporan tidak dapat dibuat',
    otherReports: 'Laporan lain di Jalin',
    dashboardLink: 'Dasbor kemitraan',
    dashboardHint: 'Angka dan grafik terkini di beranda; setiap angka membuka daftarnya.',
    partnershipsLink: 'Laporan monev dan paket bukti',
    partnershipsHint:
      'Dibuat dari halaman setiap kemitraan: laporan monitoring dan evaluasi (PDF/DOCX) dan paket bukti (ZIP).',
    regionLink: 'Rekap wilayah',
    regionHint: 'Untuk pengawas: lembaga di wilayah Anda dengan angka mitra, kesepakatan, dan capaian.',
  },
} as const;

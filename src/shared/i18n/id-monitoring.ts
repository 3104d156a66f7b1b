import type { DeviationKind, DeviationSeverity, ProblemStatus } from '../domain/monitoring-vocabulary';

/** Indonesian words of monitoring (guide step 9, Monitoring dan Evaluasi); spread into `id`. */
export const idMonitoring = {
  deviationSeverities: {
    high: 'Tinggi',
    medium: 'Sedang',
    low: 'Rendah',
  } satisfies Record<DeviationSeverity, string>,
  deviationKinds: {
    not_started: 'Belum dimulai',
    overdue: 'Melewati jadwal',
    indicator_behind: 'Capaian tertinggal',
    evidence_missing: 'Bukti belum ada',
    contribution_behind: 'Kontribusi tertinggal',
  } satisfies Record<DeviationKind, string>,
  problemStatuses: {
    open: 'Terbuka',
    in_progress: 'Ditangani',
    solved: 'Selesai',
  } satisfies Record<ProblemStatus, string>,
  deviationSentences: {
    not_started: '{activity} terlambat {days} hari dari jadwal mulai',
    overdue: '{activity} melewati jadwal selesai {days} hari dan belum selesai',
    indicator_behind:
      '{activity}: baru tercapai {actual} {unit} dari {expected} {unit} yang seharusnya sudah tercapai',
    evidence_missing: '{activity} sudah selesai {days} hari lalu tetapi belum ada bukti kegiatan',
    evidenceMissingUndated: '{activity} sudah selesai tetapi belum ada bukti kegiatan',
    contribution_behind:
      'Kontribusi {party} baru {spent} dari {planned} yang direncanakan untuk kegiatan yang sudah berakhir',
    parties: { institution: 'lembaga', partner: 'mitra' },
    unnamedActivity: 'Kegiatan tanpa nama',
  },
  monitoringUi: {
    title: 'Monitoring',
    intro:
      'Penyimpangan dari rencana kerja dihitung otomatis setiap kali halaman dibuka, menurut tanggal hari ini di zona waktu lembaga ({today}).',
    deviationsTitle: 'Penyimpangan',
    noDeviationsTitle: 'Tidak ada penyimpangan',
    noDeviationsBody:
      'Semua kegiatan rencana kerja berjalan sesuai jadwal dan target sampai hari ini. Catat pelaksanaan kegiatan agar pemantauan tetap akurat.',
    progress: '{items} kegiatan rencana: {done} selesai, {inProgress} berjalan, {notStarted} belum dimulai',
    progressTargets: 'Target {target}, capaian {actual}',
    problemsTitle: 'Catatan masalah dan solusi',
    problemsEmptyTitle: 'Belum ada masalah tercatat',
    problemsEmptyBody:
      'Catat kendala yang muncul saat pelaksanaan: penyebabnya, solusinya, siapa yang menangani dan kapan harus selesai.',
    addProblem: 'Catat masalah',
    editProblem: 'Ubah catatan masalah',
    markSolved: 'Tandai selesai',
    problem: 'Masalah',
    cause: 'Penyebab',
    solution: 'Solusi',
    ownerName: 'Penanggung jawab',
    dueOn: 'Batas waktu',
    status: 'Status',
    solvedOn: 'Selesai {date}',
    dueLabel: 'Batas {date}',
    ownerLabel: 'Penanggung jawab: {name}',
    visitsTitle: 'Kunjungan monitoring',
    visitsEmptyTitle: 'Belum ada kunjungan monitoring',
    visitsEmptyBody:
      'Catat kunjungan ke lokasi mitra: siapa yang hadir, apa yang ditemukan dan direkomendasikan. Berita acaranya bisa diunduh untuk ditandatangani kedua pihak.',
    addVisit: 'Catat kunjungan',
    editVisit: 'Ubah kunjungan',
    visitedOn: 'Tanggal kunjungan',
    place: 'Tempat',
    visitors: 'Tim lembaga yang hadir',
    partnerAttendees: 'Pihak mitra yang hadir',
    peopleHint: 'Satu orang per baris: Nama, Jabatan. Orang pertama menandatangani berita acara.',
    findings: 'Temuan',
    recommendations: 'Rekomendasi',
    beritaAcaraPdf: 'Berita acara (PDF)',
    beritaAcaraDocx: 'Berita acara (DOCX)',
    edit: 'Ubah',
    delete: 'Hapus',
    save: 'Simpan',
    cancel: 'Batal',
    deleteProblemTitle: 'Hapus catatan masalah ini?',
    deleteVisitTitle: 'Hapus kunjungan ini?',
    deleteBody: 'Catatan yang dihapus tidak bisa dikembalikan; penghapusannya tetap tercatat di log audit.',
    saved: 'Tersimpan',
  },
  monitoringPage: {
    title: 'Monitoring',
    description:
      'Penyimpangan dari rencana kerja di semua kemitraan yang sedang dilaksanakan, dimonitor atau diperbaiki. Yang paling berat di atas.',
    severityFilter: 'Tingkat',
    allSeverities: 'Semua tingkat',
    partnership: 'Kemitraan',
    deviation: 'Penyimpangan',
    severity: 'Tingkat',
    facilitator: 'Fasilitator',
    emptyTitle: 'Tidak ada penyimpangan',
    emptyBody:
      'Semua kemitraan yang berjalan sesuai rencana sampai hari ini. Penyimpangan muncul di sini begitu jadwal atau target terlewati.',
    today: 'Dihitung untuk {today}',
  },
};

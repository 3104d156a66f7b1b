import type { ErrorCode } from '../contracts/common';
import type { InstitutionKind, TimeZoneCode } from '../domain/institution-kinds';
import type { Role } from '../domain/roles';
import { idAgreementSigning } from './id-agreement-signing';
import { idAgreements } from './id-agreements';
import { idAttachments } from './id-attachments';
import { idEngagement } from './id-engagement';
import { idMeetings } from './id-meetings';
import { idFollowUps } from './id-follow-ups';
import { idNeeds } from './id-needs';
import { idPartnerMerge } from './id-partner-merge';
import { idPartnerImport } from './id-partner-import';
import { idPartnershipPatterns } from './id-partnership-patterns';
import { idPartners } from './id-partners';
import { idRegions } from './id-regions';
import { idSettings } from './id-settings';
import { idActivities } from './id-activities';
import { idWorkPlans } from './id-work-plans';
import { idMonitoring } from './id-monitoring';
import { idEvaluations } from './id-evaluations';
import { idEvidencePack } from './id-evidence-pack';
import { idGatherings } from './id-gatherings';
import { idMessages } from './id-messages';
import { idNotifications } from './id-notifications';
import { idFeedback } from './id-feedback';
import { idOccasions } from './id-occasions';
import { idCare } from './id-care';
import { idExports } from './id-exports';
import { idActivityList } from './id-activity-list';
import { idAnnualReport } from './id-annual-report';
import { idRegion } from './id-region';
import { idDashboard } from './id-dashboard';

/** Indonesian, the first language: formal but warm, in the words of the guide and the field. */
export const id = {
  common: {
    appName: 'Jalin',
    tagline: 'Menjalin kemitraan lembaga kursus dan pelatihan',
    save: 'Simpan',
    cancel: 'Batal',
    done: 'Selesai',
    open: 'Buka',
    loadMore: 'Muat lagi',
    loading: 'Memuat…',
    retry: 'Coba lagi',
    copy: 'Salin',
    copied: 'Tersalin',
    apply: 'Terapkan',
    none: '—',
    never: 'Belum pernah',
    you: 'Anda',
    actions: 'Tindakan',
    requestId: 'ID permintaan: {id}',
    errorTitle: 'Terjadi kendala',
    noAccessTitle: 'Halaman ini bukan untuk peran Anda',
    noAccessBody:
      'Peran Anda tidak mencakup bagian ini. Bila Bapak/Ibu memerlukannya, hubungi pengelola lembaga.',
    notFoundTitle: 'Halaman tidak ditemukan',
    notFoundBody: 'Alamat ini tidak ada di Jalin. Periksa kembali tautannya atau kembali ke beranda.',
    backHome: 'Kembali ke beranda',
    pageErrorBody:
      'Halaman ini gagal dimuat. Coba muat ulang; bila berulang, sampaikan ID permintaan kepada admin.',
  },
  locales: { id: 'Bahasa Indonesia', en: 'English', label: 'Bahasa', shortId: 'ID', shortEn: 'EN' },
  kinds: {
    LKP: 'LKP (Lembaga Kursus dan Pelatihan)',
    LPK: 'LPK (Lembaga Pelatihan Kerja)',
    other: 'Lainnya',
  } satisfies Record<InstitutionKind, string>,
  timeZones: {
    WIB: 'WIB (Waktu Indonesia Barat, UTC+7)',
    WITA: 'WITA (Waktu Indonesia Tengah, UTC+8)',
    WIT: 'WIT (Waktu Indonesia Timur, UTC+9)',
  } satisfies Record<TimeZoneCode, string>,
  roles: {
    admin: 'Admin',
    manager: 'Pengelola',
    facilitator: 'Pendamping',
    viewer: 'Peninjau',
    supervisor: 'Penilik',
  } satisfies Record<Role, string>,
  roleDescriptions: {
    admin: 'Mengatur seluruh Jalin, termasuk lembaga lain dan akun penilik.',
    manager: 'Mengelola kemitraan, pengguna, dan pengaturan lembaga.',
    facilitator: 'Memetakan, mengunjungi, dan mendampingi mitra di lapangan.',
    viewer: 'Hanya melihat data lembaga, tanpa mengubah.',
    supervisor: 'Penilik Dinas Pendidikan: melihat rekap wilayahnya, tanpa mengubah.',
  } satisfies Record<Role, string>,
  userStatus: { active: 'Aktif', invited: 'Diundang', disabled: 'Nonaktif' },
  errors: {
    VALIDATION_FAILED: 'Beberapa isian belum sesuai. Periksa kembali isian yang ditandai.',
    MALFORMED_JSON: 'Permintaan tidak dapat dibaca server. Muat ulang halaman lalu coba lagi.',
    UNSUPPORTED_MEDIA_TYPE: 'Jenis data ini tidak diterima di sini.',
    PAYLOAD_TOO_LARGE: 'Data atau berkas terlalu besar. Perkecil ukurannya lalu coba lagi.',
    UNAUTHENTICATED: 'Sesi Anda sudah berakhir. Silakan masuk kembali.',
    INVALID_CREDENTIALS: 'Email atau kata sandi salah. Periksa kembali lalu coba lagi.',
    LOGIN_THROTTLED: 'Terlalu banyak percobaan masuk yang gagal. Silakan tunggu sebentar lalu coba lagi.',
    FORBIDDEN: 'Peran Anda tidak mengizinkan tindakan ini.',
    CSRF_INVALID: 'Sesi halaman ini sudah usang. Muat ulang halaman lalu coba lagi.',
    ROUTE_NOT_FOUND: 'Fitur ini belum tersedia di server.',
    INSTITUTION_NOT_FOUND: 'Lembaga tidak ditemukan.',
    USER_NOT_FOUND: 'Pengguna tidak ditemukan.',
    API_TOKEN_NOT_FOUND: 'Token API tidak ditemukan; mungkin sudah dicabut.',
    PARTNER_NOT_FOUND: 'Mitra tidak ditemukan; mungkin sudah digabung atau dihapus.',
    CONTACT_NOT_FOUND: 'Narahubung tidak ditemukan; mungkin sudah dihapus.',
    TEMPLATE_PLACEHOLDER_UNKNOWN:
      'Templat memakai penanda yang tidak dikenal: {placeholders}. Periksa ejaannya.',
    MESSAGE_TEMPLATE_NOT_FOUND: 'Templat pesan tidak ditemukan; mungkin sudah dihapus.',
    MESSAGE_NOT_FOUND: 'Pesan tidak ditemukan.',
    MESSAGE_ALREADY_CONFIRMED: 'Pesan ini sudah dikonfirmasi sebelumnya.',
    MESSAGE_OCCASION_NOT_FOUND: 'Momen untuk ucapan ini tidak ditemukan.',
    CONTACT_CONSENT_WITHDRAWN: 'Narahubung ini sudah menarik persetujuannya; pesan tidak dapat dikirim.',
    CONTACT_CONSENT_ALREADY_WITHDRAWN: 'Persetujuan narahubung ini sudah ditarik sebelumnya.',
    GREETING_NOT_FOR_CONTACT:
      'Ucapan keagamaan ini hanya dikirim kepada narahubung yang agamanya tercatat (dengan persetujuan) sesuai.',
    CONTACT_HAS_NO_WHATSAPP: 'Narahubung ini tidak memiliki nomor WhatsApp.',
    CONTACT_HAS_NO_EMAIL: 'Narahubung ini tidak memiliki alamat email.',
    PARTNER_POSSIBLE_DUPLICATE:
      'Mitra ini tampaknya sudah terdaftar. Periksa daftar di bawah sebelum menyimpan.',
    CATEGORY_EXISTS: 'Kategori dengan nama ini sudah ada.',
    CATEGORY_NOT_FOUND: 'Kategori tidak ditemukan; mungkin sudah dihapus.',
    CATEGORY_IN_USE:
      'Kategori ini masih dipakai {partnerCount} mitra. Ubah dulu kategori mitra tersebut, lalu hapus kategori ini.',
    PARTNER_MERGED: 'Mitra ini sudah digabung ke mitra lain.',
    PARTNER_MERGE_SELF: 'Mitra tidak dapat digabung dengan dirinya sendiri. Pilih mitra lain.',
    EXPORT_TOO_LARGE: 'Terlalu banyak baris untuk sekali ekspor; persempit saringan.',
    JOB_NOT_FOUND: 'Pekerjaan tidak ditemukan.',
    JOB_RESULT_NOT_READY: 'Pekerjaan belum selesai. Tunggu sebentar lalu coba lagi.',
    MONTH_FORMAT: 'Bulan ditulis TTTT-BB, misalnya 2026-03.',
    PERIOD_REVERSED: 'Akhir periode lebih awal daripada awalnya.',
    ANNUAL_REPORT_YEAR_OUT_OF_RANGE:
      'Laporan tahun itu tidak dapat dibuat: pilih tahun {earliest} sampai {latest}.',
    PARTNERSHIP_NOT_FOUND: 'Kemitraan tidak ditemukan.',
    PARTNERSHIP_MOVE_NOT_ALLOWED: 'Kemitraan tidak dapat dipindahkan dari tahap ini ke tahap tersebut.',
    PARTNERSHIP_GATE_UNMET: 'Tahap tersebut belum dapat dimulai karena syaratnya belum terpenuhi.',
    PARTNERSHIP_PATTERN_UNKNOWN: 'Pola kemitraan ini tidak dikenal; mungkin sudah dihapus. Pilih pola lain.',
    PATTERN_EXISTS: 'Pola kemitraan dengan nama ini sudah ada.',
    PATTERN_NOT_FOUND: 'Pola kemitraan tidak ditemukan; mungkin sudah dihapus.',
    PATTERN_IN_USE:
      'Pola ini masih dipakai {partnershipCount} kemitraan. Ganti dulu pola kemitraan tersebut, lalu hapus pola ini.',
    INTERACTION_NOT_FOUND: 'Catatan interaksi tidak ditemukan.',
    NEED_NOT_FOUND: 'Kebutuhan tidak ditemukan.',
    NEED_HAS_DECISIONS:
      'Kebutuhan ini sudah punya keputusan atas mitra, jadi tidak bisa dihapus. Ubah statusnya menjadi "Dibatalkan".',
    NEED_PERIOD_INVALID: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    MEETING_NOT_FOUND: 'Jadwal pertemuan penjajagan tidak ditemukan; mungkin sudah dihapus.',
    LINK_NOT_FOUND:
      'Tautan ini tidak dikenal atau bukan untuk dokumen ini. Mintalah tautan baru kepada lembaga yang mengirimnya.',
    LINK_EXPIRED: 'Tautan ini sudah kedaluwarsa. Mintalah tautan baru kepada lembaga yang mengirimnya.',
    LINK_USED: 'Tautan ini sudah dipakai. Setiap tautan tanda tangan hanya berlaku sekali.',
    LINK_REVOKED: 'Tautan ini sudah ditarik oleh lembaga. Mintalah tautan baru bila masih diperlukan.',
    WORK_PLAN_NOT_FOUND: 'Rencana kerja tidak ditemukan; mungkin sudah dihapus.',
    WORK_PLAN_EXISTS:
      'Kemitraan ini sudah punya rencana kerja untuk tahun siklus tersebut. Buka rencana yang ada untuk mengubahnya.',
    WORK_PLAN_APPROVED: 'Rencana kerja yang sedang ditinjau atau sudah disetujui mitra tidak bisa dihapus.',
    WORK_PLAN_EMPTY: 'Tambahkan paling sedikit satu kegiatan sebelum mengirim rencana kerja kepada mitra.',
    WORK_PLAN_PERIOD_INVALID: 'Tanggal selesai kegiatan tidak boleh sebelum tanggal mulainya.',
    WORK_PLAN_CONTRIBUTIONS_EXCEED_BUDGET: 'Jumlah kontribusi lembaga dan mitra melebihi anggaran kegiatan.',
    WORK_PLAN_CHANGED:
      'Rencana kerja ini baru saja diubah oleh lembaga. Muat ulang halaman untuk melihat versi terbaru sebelum memberi tanggapan.',
    AGREEMENT_NOT_FOUND: 'Kesepakatan tidak ditemukan; mungkin sudah dihapus.',
    AGREEMENT_NOT_EDITABLE:
      'Kesepakatan ini sedang menunggu tanda tangan, jadi isinya tidak bisa diubah lagi.',
    AGREEMENT_SIGNED:
      'Kesepakatan ini sudah ditandatangani. Perubahan dibuat melalui adendum atau kesepakatan baru.',
    AGREEMENT_PERIOD_INVALID: 'Tanggal berakhir kesepakatan tidak boleh sebelum tanggal mulai.',
    AGREEMENT_PARTNER_NOT_IN_PARTNERSHIP: 'Mitra ini bukan pihak dalam kemitraan yang dipilih.',
    AGREEMENT_TERMS_PATTERN_MISMATCH: 'Ketentuan yang diisi bukan untuk pola kemitraan kesepakatan ini.',
    AGREEMENT_NOT_READY:
      'Kesepakatan belum lengkap untuk ditandatangani. Lengkapi dulu bagian yang disebutkan.',
    AGREEMENT_VERSION_STALE:
      'Kesepakatan ini sudah punya versi yang lebih baru. Muat ulang halaman untuk membaca versi terbaru.',
    AGREEMENT_NOT_EXTENDABLE:
      'Hanya kesepakatan yang berlaku, hampir berakhir, atau sudah berakhir yang bisa diperpanjang atau diadendum.',
    AGREEMENT_VERSION_NOT_FOUND: 'Versi kesepakatan ini tidak ditemukan.',
    EVALUATION_EXISTS: 'Kemitraan ini sudah memiliki evaluasi untuk tahun siklus tersebut.',
    EVALUATION_PLAN_MISSING:
      'Belum ada rencana kerja bersama untuk tahun siklus tersebut yang dapat dievaluasi.',
    EVALUATION_ITEM_UNKNOWN: 'Ada butir yang bukan bagian dari evaluasi ini.',
    EVALUATION_INCOMPLETE: 'Lengkapi dulu bagian lembaga: ringkasan capaian tujuan dan tingkat kepuasan.',
    DECISION_REASON_REQUIRED: 'Keputusan harus disertai alasannya.',
    EVALUATION_DECIDED: 'Evaluasi ini sudah diputuskan.',
    EVALUATION_STAGE_INVALID:
      'Tahap kemitraan bukan monitoring dan evaluasi atau perbaikan, sehingga keputusan tidak dapat dicatat.',
    EVALUATION_NOT_CONTINUING:
      'Hanya keputusan melanjutkan yang dapat ditindaklanjuti dengan rencana berikutnya atau addendum/perpanjangan.',
    EVALUATION_FOLLOW_UP_DONE: 'Tindak lanjut ini sudah dibuat sebelumnya.',
    EVALUATION_NO_ACTIVE_AGREEMENT:
      'Kemitraan ini tidak memiliki kesepakatan yang berlaku untuk diaddendum atau diperpanjang.',
    FOLLOW_UP_ROW_INCOMPLETE:
      'Setiap baris RTL harus berisi kegiatan, target, waktu, penanggung jawab dan indikator keberhasilan.',
    COMMENT_NOT_FOUND: 'Komentar tidak ditemukan.',
    CLAUSE_PLACEHOLDER_UNKNOWN:
      'Teks klausul memakai isian yang tidak dikenal. Periksa nama isian yang disebutkan.',
    CLAUSE_KEY_UNKNOWN: 'Klausul ini tidak dikenal.',
    PROFIT_SHARES_NOT_100: 'Pembagian keuntungan kedua pihak harus berjumlah 100 persen.',
    CADENCE_OUT_OF_RANGE: 'Jarak kontak diisi 1 sampai 365 hari, atau kosongkan untuk memakai bawaan.',
    RISK_SHARES_NOT_100: 'Pembagian risiko kedua pihak harus berjumlah 100 persen.',
    PERCENT_PRECISION: 'Persentase paling banyak dua angka di belakang koma.',
    PERCENT_REQUIRED: 'Komisi atau margin harus lebih dari nol persen.',
    CONTRIBUTION_REPEATED: 'Jenis kontribusi yang sama tercantum dua kali untuk satu pihak.',
    AMOUNT_REQUIRED: 'Bantuan modal harus disertai jumlah dalam rupiah.',
    GRACE_EXCEEDS_TERM: 'Masa tenggang harus lebih pendek dari jangka waktu pengembalian.',
    REPAYMENT_WITHOUT_LOAN: 'Ketentuan pengembalian hanya berlaku bila ada bantuan modal atau peralatan.',
    LOCATION_REQUIRED: 'Sebutkan lokasi usaha yang disediakan.',
    MEETING_ENDS_BEFORE_START: 'Waktu selesai tidak boleh sebelum waktu mulai.',
    MEETING_PLACE_MISSING: 'Isi tempat pertemuan atau tautan rapat daring.',
    MEETING_NOT_STARTED: 'Hasil pertemuan baru dapat dicatat setelah pertemuan dimulai.',
    MEETING_MATERIAL_MISSING: 'Pilih berkas materi (PDF atau gambar) terlebih dahulu.',
    INTERACTION_IN_FUTURE: 'Tanggal interaksi tidak boleh lebih dari satu hari ke depan.',
    FOLLOW_UP_MISSING: 'Interaksi ini tidak punya tugas tindak lanjut.',
    ATTACHMENT_NOT_FOUND: 'Lampiran tidak ditemukan. Mungkin sudah dihapus.',
    ATTACHMENT_FILE_MISSING: 'Pilih foto atau dokumen PDF yang akan dilampirkan.',
    ATTACHMENT_LIMIT_REACHED:
      'Catatan ini sudah memiliki {max} lampiran. Hapus salah satu sebelum menambah yang baru.',
    IMPORT_FILE_MISSING: 'Pilih berkas XLSX atau CSV terlebih dahulu.',
    IMPORT_FILE_TYPE:
      'Hanya berkas XLSX atau CSV yang dapat diimpor. Berkas ini bukan keduanya, walau namanya berakhiran .xlsx atau .csv.',
    IMPORT_FILE_EMPTY: 'Berkas tidak berisi baris data di bawah baris judul kolom.',
    IMPORT_FILE_UNREADABLE: 'Berkas tidak dapat dibaca. Simpan ulang sebagai XLSX atau CSV lalu coba lagi.',
    IMPORT_ZIP_BOMB: 'Berkas XLSX ini mengembang jauh melebihi ukuran wajar, sehingga ditolak demi keamanan.',
    IMPORT_XML_ENTITY:
      'Berkas XLSX ini memuat deklarasi XML yang tidak diizinkan (DOCTYPE/ENTITY), sehingga ditolak.',
    IMPORT_MAPPING_INCOMPLETE:
      'Tentukan kolom untuk Nama Mitra dan Kabupaten/Kota (atau Kode Wilayah) terlebih dahulu.',
    SIGNER_MISMATCH:
      'Nama atau jabatan tidak sama dengan penanda tangan yang tercatat dalam kesepakatan. Periksa ejaannya, atau minta lembaga memperbaiki data penanda tangan.',
    ALREADY_SIGNED: 'Pihak ini sudah menandatangani versi kesepakatan ini.',
    AGREEMENT_NOT_AWAITING_SIGNATURES:
      'Kesepakatan ini belum (atau tidak lagi) menunggu tanda tangan. Ajukan penandatanganan terlebih dahulu.',
    SIGNATURE_FILE_INVALID:
      'Tanda tangan harus berupa gambar PNG (paling besar 1 MB) atau pindaian PDF dokumen bertanda tangan (paling besar 10 MB) yang dapat dibaca.',
    AGREEMENT_NOT_ACTIVE:
      'Hanya kesepakatan yang sudah ditandatangani semua pihak (aktif) yang dapat diperiksa atau diberi catatan meterai.',
    METERAI_SERIAL_REQUIRED: 'Isi nomor seri e-Meterai.',
    FILE_NOT_FOUND: 'Berkas tidak ditemukan.',
    REGION_NOT_FOUND: 'Wilayah tidak ditemukan. Pilih wilayah dari daftar.',
    VIEWING_INSTITUTION_READ_ONLY: 'Data lembaga lain hanya bisa dilihat, tidak bisa diubah.',
    PROBLEM_NOT_FOUND: 'Catatan masalah tidak ditemukan; mungkin sudah dihapus.',
    MONITORING_VISIT_NOT_FOUND: 'Kunjungan monitoring tidak ditemukan; mungkin sudah dihapus.',
    SOLUTION_REQUIRED: 'Tuliskan solusinya sebelum menandai masalah ini selesai.',
    PROBLEM_ACTIVITY_NOT_IN_PARTNERSHIP: 'Kegiatan yang dipilih bukan kegiatan kemitraan ini.',
    EVALUATION_NOT_FOUND: 'Evaluasi tidak ditemukan.',
    PROGRAMME_NOT_FOUND: 'Tidak ada kemitraan dengan program ini.',
    ACTIVITY_NOT_FOUND: 'Kegiatan tidak ditemukan.',
    EVIDENCE_NOT_FOUND: 'Bukti kegiatan tidak ditemukan.',
    ACTIVITY_ITEM_NOT_IN_PARTNERSHIP: 'Butir rencana kerja itu bukan bagian dari rencana kemitraan ini.',
    ACTIVITY_PERIOD_INVALID: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    ACTIVITY_DATES_REQUIRED: 'Kegiatan yang sudah selesai perlu tanggal mulai dan tanggal selesai.',
    ACTIVITY_QUANTITY_INVALID: 'Capaian harus berupa angka 0 atau lebih, misalnya 18.',
    ACTIVITY_SPENDING_INVALID: 'Biaya harus berupa rupiah bulat 0 atau lebih.',
    ITEM_NOT_PARTNERS: 'Butir kegiatan ini bukan tanggung jawab mitra.',
    HOLIDAY_NOT_FOUND: 'Hari libur tidak ditemukan.',
    OCCASION_NOT_FOUND: 'Momen tidak ditemukan.',
    OCCASION_RANGE_INVALID: 'Rentang tanggal tidak valid (akhir sebelum awal, atau lebih dari tiga tahun).',
    GATHERING_NOT_FOUND: 'Temu mitra tidak ditemukan.',
    GATHERING_ENDS_BEFORE_START: 'Temu mitra harus berakhir setelah dimulai.',
    GATHERING_REPLY_CLOSED: 'Konfirmasi sudah ditutup: acara sudah dimulai atau dibatalkan.',
    GATHERING_NOT_OPEN: 'Undangan hanya dapat dikirim untuk temu mitra terencana yang belum dimulai.',
    INVITATION_NOT_FOUND: 'Undangan tidak ditemukan.',
    ATTENDEE_COUNT_REQUIRED: 'Isi jumlah orang yang akan hadir.',
    VERSION_CONFLICT: 'Data ini baru saja diubah orang lain. Muat data terbaru lalu coba lagi.',
    EMAIL_TAKEN: 'Email ini sudah dipakai pengguna lain.',
    PASSWORD_TOO_WEAK:
      'Kata sandi ini terlalu mudah ditebak. Pakai yang lebih panjang atau kalimat yang mudah Anda ingat.',
    LINK_INVALID:
      'Tautan ini sudah dipakai, kedaluwarsa, atau tidak lengkap. Mintalah tautan baru kepada pengelola lembaga Anda.',
    SETUP_ALREADY_DONE: 'Jalin sudah disiapkan sebelumnya. Silakan masuk.',
    ROLE_NOT_ASSIGNABLE: 'Anda tidak dapat memberikan peran ini.',
    CANNOT_CHANGE_OWN_ACCESS: 'Anda tidak dapat mengubah peran atau menonaktifkan akun Anda sendiri.',
    FILE_TYPE_NOT_ALLOWED: 'Jenis berkas ini tidak diterima di sini. Periksa jenis berkas yang diizinkan.',
    FILE_CONTENT_UNREADABLE: 'Berkas gambar ini rusak atau tidak dapat dibaca. Coba ambil ulang fotonya.',
    FEEDBACK_REQUEST_NOT_FOUND: 'Permintaan umpan balik tidak ditemukan.',
    FEEDBACK_REQUEST_CLOSED: 'Permintaan umpan balik ini sudah dijawab atau dibatalkan.',
    VALUE_RECORD_NOT_FOUND: 'Catatan nilai tidak ditemukan; mungkin sudah dihapus.',
    VALUE_RECORD_IN_FUTURE: 'Tanggal tidak boleh di masa depan; catat yang sudah diberikan.',
    NOTIFICATION_NOT_FOUND: 'Pemberitahuan tidak ditemukan.',
    CALENDAR_FEED_NOT_FOUND:
      'Tautan kalender tidak berlaku: salah ketik atau sudah dicabut. Buat tautan baru di Jalin.',
    RATE_LIMITED: 'Terlalu banyak permintaan dalam waktu singkat. Tunggu sebentar lalu coba lagi.',
    INTERNAL:
      'Terjadi kesalahan di server. Coba lagi sebentar lagi; bila berulang, sampaikan ID permintaan kepada admin.',
  } satisfies Record<ErrorCode, string>,
  clientErrors: {
    NETWORK_ERROR: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda lalu coba lagi.',
    UNEXPECTED_RESPONSE: 'Jawaban server tidak seperti yang diharapkan. Muat ulang halaman lalu coba lagi.',
  },
  fields: {
    required: 'Wajib diisi.',
    tooShort: 'Minimal {min} karakter.',
    tooLong: 'Maksimal {max} karakter.',
    email: 'Masukkan alamat email yang benar, mis. nama@lembaga.id.',
    date: 'Masukkan tanggal yang benar.',
    npsn: 'NPSN diawali huruf K lalu 7 angka, mis. K1234567.',
    regionCode: 'Kode wilayah berupa angka bertitik, mis. 63.72.',
    patternMissingSequence: 'Pola harus memuat nomor urut, mis. {seq:3}.',
    patternUnknownToken:
      'Pola memuat penanda yang tidak dikenal. Gunakan {seq:3}, {kind}, {unit}, {monthRoman}, {month}, {year}.',
    patternUnbalancedBraces: 'Tanda kurung kurawal { } dalam pola belum berpasangan.',
    passwordTooShort: 'Kata sandi minimal 8 karakter.',
    passwordMismatch: 'Kedua kata sandi belum sama.',
    invalid: 'Isian ini belum sesuai.',
    fileTooLarge: 'Ukuran berkas maksimal 1 MB.',
    fileType: 'Gunakan gambar PNG atau JPEG.',
    fixBelow: 'Periksa kembali isian yang ditandai.',
  },
  nav: {
    main: 'Menu utama',
    home: 'Beranda',
    followUps: 'Tindak lanjut',
    partners: 'Mitra',
    partnerships: 'Kemitraan',
    monitoring: 'Monitoring',
    needs: 'Kebutuhan',
    agreements: 'Kesepakatan',
    activities: 'Kegiatan',
    care: 'Perawatan Mitra',
    reports: 'Laporan',
    region: 'Wilayah',
    settings: 'Pengaturan',
    institutionProfile: 'Profil lembaga',
    users: 'Pengguna',
    audit: 'Log audit',
    apiTokens: 'Token API',
    partnerCategories: 'Kategori mitra',
    clauseLibrary: 'Pustaka klausul',
    messageTemplates: 'Templat pesan',
    holidays: 'Hari libur',
    partnershipPatterns: 'Pola kemitraan',
  },
  shell: {
    toggleNavigation: 'Buka atau tutup menu',
    userMenu: 'Menu pengguna',
    signedInAs: 'Masuk sebagai',
    signOut: 'Keluar',
    language: 'Bahasa',
    localeSaveFailed: 'Pilihan bahasa belum tersimpan di akun Anda.',
  },
  signIn: {
    title: 'Masuk ke Jalin',
    email: 'Email',
    password: 'Kata sandi',
    submit: 'Masuk',
    throttled: 'Terlalu banyak percobaan masuk yang gagal. Silakan coba lagi dalam {minutes} menit.',
    passwordSet: 'Kata sandi Anda sudah tersimpan. Silakan masuk.',
    signedOut: 'Anda sudah keluar. Sampai jumpa lagi!',
    needsSetup:
      'Jalin belum disiapkan. Buka tautan penyiapan yang ditampilkan server saat pertama kali dijalankan.',
    forgot: 'Lupa kata sandi? Mintalah tautan sandi baru kepada pengelola lembaga Anda.',
  },
  setup: {
    title: 'Penyiapan awal Jalin',
    intro:
      'Bapak/Ibu akan membuat lembaga pertama beserta akun pengelolanya. Langkah ini hanya dilakukan sekali.',
    institutionSection: 'Lembaga',
    managerSection: 'Akun pengelola',
    institutionName: 'Nama lembaga',
    institutionNamePlaceholder: 'mis. LKP Tas Rajut Banjarbaru',
    kind: 'Jenis lembaga',
    timeZone: 'Zona waktu',
    managerName: 'Nama pengelola',
    email: 'Email',
    password: 'Kata sandi',
    passwordHint: 'Minimal 8 karakter. Kalimat panjang yang mudah Anda ingat juga boleh.',
    confirmPassword: 'Ulangi kata sandi',
    submit: 'Siapkan Jalin',
    done: 'Jalin siap digunakan. Selamat datang!',
    alreadyDone: 'Jalin sudah disiapkan sebelumnya. Silakan masuk dengan akun Anda.',
    missingToken:
      'Tautan penyiapan belum lengkap. Buka tautan lengkap (berisi token) yang ditampilkan server saat pertama kali dijalankan.',
    goToSignIn: 'Ke halaman masuk',
  },
  setPassword: {
    title: 'Atur kata sandi',
    intro: 'Selamat datang, {name}. Buat kata sandi untuk akun {email} di {institution}.',
    password: 'Kata sandi baru',
    passwordHint: 'Minimal 8 karakter. Kalimat panjang yang mudah Anda ingat juga boleh.',
    confirm: 'Ulangi kata sandi',
    submit: 'Simpan kata sandi',
    invalidTitle: 'Tautan tidak berlaku',
    invalidBody:
      'Tautan ini sudah dipakai, kedaluwarsa, atau tidak lengkap. Mintalah tautan baru kepada pengelola lembaga Anda.',
  },
  home: {
    welcome: 'Selamat datang, {name}',
    intro:
      'Ini beranda {institution}: agenda hari ini (mitra yang perlu dihubungi dan mengapa), dasbor kemitraan, dan tindak lanjut Anda.',
    startHere: 'Mulai dari sini',
    stepProfile: 'Lengkapi profil lembaga',
    stepProfileHint: 'NPSN, alamat, izin operasional, dan akreditasi dipakai di kop dan isi kesepakatan.',
    stepUsers: 'Tambahkan pengguna',
    stepUsersHint: 'Undang pengelola dan pendamping yang akan bekerja bersama Bapak/Ibu.',
    stepNumbering: 'Atur pola nomor dokumen',
    stepNumberingHint: 'Nomor MoU dan PKS dibuat otomatis dengan pola ini.',
    done: 'Selesai',
    todo: 'Belum',
  },
  ...idSettings,
  ...idAgreementSigning,
  ...idAgreements,
  ...idPartners,
  ...idPartnerImport,
  ...idPartnerMerge,
  ...idRegions,
  ...idEngagement,
  ...idMeetings,
  ...idWorkPlans,
  ...idActivities,
  ...idMonitoring,
  ...idEvaluations,
  ...idEvidencePack,
  ...idGatherings,
  ...idMessages,
  ...idNotifications,
  ...idFeedback,
  ...idOccasions,
  ...idCare,
  ...idExports,
  ...idActivityList,
  ...idAnnualReport,
  ...idRegion,
  ...idDashboard,
  ...idNeeds,
  ...idFollowUps,
  ...idAttachments,
  ...idPartnershipPatterns,
} as const;

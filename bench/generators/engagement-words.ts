import type { InteractionKind } from '../../src/shared/domain/interaction-vocabulary';
import type { ResponsibleParty } from '../../src/shared/domain/work-plan-items';

/** Skills an LKP teaches; each institution runs two or three of them. */
export const skills = [
  'menjahit busana',
  'tata rias pengantin',
  'tata boga',
  'komputer perkantoran',
  'kain sasirangan',
  'tas rajut',
  'otomotif sepeda motor',
  'pengelasan',
  'bahasa Inggris',
  'barista',
  'servis telepon seluler',
  'desain grafis',
  'tata kecantikan rambut',
  'akuntansi UMKM',
] as const;

/** How contacts happen, by how often a facilitator logs each kind. */
export const interactionKindWeights: [InteractionKind, number][] = [
  ['whatsapp', 30],
  ['phone', 18],
  ['visit', 20],
  ['meeting', 10],
  ['interview', 5],
  ['observation', 5],
  ['email', 5],
  ['event', 7],
];

/** What a facilitator writes as the summary, by kind; `{skill}` and `{partner}` are filled in. */
export const summaries: Record<InteractionKind, readonly string[]> = {
  whatsapp: [
    'Menanyakan kesediaan {partner} menerima peserta magang bulan depan',
    'Mengirim jadwal pelatihan dan brosur program {skill}',
    'Konfirmasi jadwal kunjungan ke lokasi usaha',
    'Mengucapkan terima kasih atas kehadiran pada wisuda peserta didik',
    'Menanyakan kabar lulusan yang bekerja di {partner}',
    'Mengirim foto kegiatan praktik peserta didik',
  ],
  phone: [
    'Menghubungi pimpinan untuk menjajaki kerja sama penempatan lulusan',
    'Membahas kebutuhan tenaga terampil bidang {skill}',
    'Menjadwalkan ulang pertemuan karena pimpinan sedang ke luar kota',
    'Menanyakan kesediaan menjadi instruktur tamu kelas {skill}',
  ],
  visit: [
    'Kunjungan ke lokasi usaha; melihat proses produksi dan peralatan yang dimiliki',
    'Silaturahmi ke {partner} bersama pengelola LKP',
    'Mengantar peserta magang dan menyerahkan surat pengantar',
    'Memantau peserta magang di tempat usaha mitra',
  ],
  meeting: [
    'Rapat koordinasi rencana kegiatan bersama',
    'Pertemuan membahas draf rencana kerja program {skill}',
    'Evaluasi singkat pelaksanaan magang bersama pembimbing lapangan',
  ],
  interview: [
    'Wawancara dengan pimpinan tentang kebutuhan kompetensi karyawan',
    'Wawancara dengan pembimbing lapangan tentang kesiapan peserta magang',
  ],
  observation: [
    'Observasi kegiatan produksi dan kebutuhan tenaga kerja',
    'Mengamati alur kerja untuk menyesuaikan materi pelatihan {skill}',
  ],
  email: [
    'Mengirim draf proposal kerja sama program {skill}',
    'Mengirim undangan temu mitra dan daftar hadir',
  ],
  event: [
    'Bertemu pada temu mitra LKP se-kabupaten',
    'Menghadiri pameran UMKM dan bertukar kontak',
    'Hadir pada uji kompetensi peserta didik sebagai penguji eksternal',
  ],
};

export const findingTexts = {
  goals: [
    'Meningkatkan kapasitas produksi menjelang musim pesanan',
    'Mencari tenaga kerja lokal yang siap pakai',
    'Memperluas pemasaran produk ke luar daerah',
  ],
  scopeOfWork: [
    'Produksi dan penjualan langsung kepada konsumen',
    'Jasa layanan dengan 5–15 karyawan tetap',
    'Usaha rumahan dengan pekerja borongan',
  ],
  field: ['Perdagangan dan jasa', 'Industri kecil', 'Pelayanan masyarakat', 'Pertanian dan olahan pangan'],
  needs: [
    'Membutuhkan 3–5 tenaga terampil bidang {skill}',
    'Butuh pelatihan singkat untuk karyawan baru',
    'Perlu tenaga admin yang menguasai komputer',
  ],
  offers: [
    'Bersedia menjadi tempat magang dan meminjamkan peralatan',
    'Siap mengirim instruktur tamu dua kali sebulan',
    'Menawarkan bahan praktik sisa produksi',
  ],
  otherNotes: [
    'Pimpinan lebih mudah ditemui setelah salat Jumat',
    'Pernah bekerja sama dengan LKP lain pada tahun 2023',
    'Karyawan sebagian besar lulusan SMK setempat',
  ],
} as const;

export const followUpTasks = [
  'Kirim proposal kerja sama',
  'Jadwalkan kunjungan lanjutan',
  'Siapkan daftar peserta magang',
  'Kirim surat permohonan instruktur tamu',
  'Minta data kebutuhan tenaga kerja',
];

export const programmes = ['PKW', 'PKK', 'Magang Industri', 'Kursus Reguler'] as const;

export interface ItemTemplate {
  activity: string;
  objective: string;
  responsibleParty: ResponsibleParty;
  unit: string;
  description: string;
  quantity: [number, number];
  /** Rupiah budget range, in thousands. */
  budget: [number, number];
  /** How many sessions (activities) carry the item out. */
  sessions: [number, number];
  session: string;
}

/** Joint plan items an LKP and a partner agree on (guide step 5), `{skill}` filled in. */
export const itemTemplates: ItemTemplate[] = [
  {
    activity: 'Pelatihan {skill} bagi peserta didik',
    objective: 'Peserta didik menguasai keterampilan {skill} sesuai kebutuhan mitra',
    responsibleParty: 'institution',
    unit: 'orang',
    description: 'peserta didik terlatih',
    quantity: [10, 30],
    budget: [8_000, 40_000],
    sessions: [12, 24],
    session: 'Pertemuan ke-{n} pelatihan {skill}',
  },
  {
    activity: 'Magang peserta didik di tempat usaha mitra',
    objective: 'Peserta didik mengenal dunia kerja dan budaya kerja mitra',
    responsibleParty: 'both',
    unit: 'orang',
    description: 'peserta magang ditempatkan',
    quantity: [3, 10],
    budget: [2_000, 12_000],
    sessions: [3, 8],
    session: 'Pemantauan magang minggu ke-{n}',
  },
  {
    activity: 'Instruktur tamu dari mitra',
    objective: 'Peserta didik belajar langsung dari praktisi',
    responsibleParty: 'partner',
    unit: 'jam',
    description: 'jam mengajar instruktur tamu',
    quantity: [8, 40],
    budget: [1_000, 6_000],
    sessions: [3, 8],
    session: 'Kelas instruktur tamu sesi ke-{n}',
  },
  {
    activity: 'Penyaluran lulusan bekerja di tempat mitra',
    objective: 'Lulusan terbaik bekerja di tempat usaha mitra',
    responsibleParty: 'both',
    unit: 'orang',
    description: 'lulusan bekerja',
    quantity: [2, 10],
    budget: [1_000, 5_000],
    sessions: [1, 3],
    session: 'Seleksi dan penempatan lulusan tahap {n}',
  },
  {
    activity: 'Pendampingan lulusan merintis usaha',
    objective: 'Lulusan membuka usaha mandiri dengan bimbingan mitra',
    responsibleParty: 'institution',
    unit: 'orang',
    description: 'lulusan membuka usaha',
    quantity: [2, 8],
    budget: [3_000, 15_000],
    sessions: [2, 6],
    session: 'Pendampingan usaha lulusan ke-{n}',
  },
  {
    activity: 'Peminjaman peralatan praktik',
    objective: 'Praktik memakai alat yang sama dengan tempat kerja',
    responsibleParty: 'partner',
    unit: 'unit',
    description: 'alat praktik dipinjamkan',
    quantity: [2, 10],
    budget: [500, 3_000],
    sessions: [1, 2],
    session: 'Serah terima peralatan praktik tahap {n}',
  },
  {
    activity: 'Uji kompetensi bersama',
    objective: 'Peserta didik memperoleh sertifikat kompetensi',
    responsibleParty: 'both',
    unit: 'orang',
    description: 'peserta uji kompetensi',
    quantity: [10, 25],
    budget: [5_000, 20_000],
    sessions: [1, 2],
    session: 'Pelaksanaan uji kompetensi gelombang {n}',
  },
];

/** Done outside the plan: the activities that get flagged as unplanned. */
export const unplannedTitles = [
  'Kunjungan pimpinan mitra ke LKP',
  'Sosialisasi program kepada warga sekitar',
  'Bakti sosial bersama peserta didik',
  'Pameran produk peserta didik di acara kecamatan',
];

export const sessionOutputs = [
  'Materi tersampaikan sesuai jadwal',
  'Peserta praktik langsung dengan bimbingan instruktur',
  'Hasil praktik dinilai oleh pembimbing dari mitra',
  'Daftar hadir dan foto kegiatan terlampir',
];

export const enteredReasons = [
  'Kerja sama sudah berjalan sejak sebelum LKP memakai Jalin; dicatat dari tahap yang sedang berlangsung.',
  'Kemitraan lama yang diteruskan; rencana dan kesepakatan sebelumnya tersimpan di arsip kertas.',
];

export const notPursuedReasons = [
  'Mitra belum siap menerima peserta magang tahun ini.',
  'Pimpinan berganti dan kerja sama ditunda.',
  'Kebutuhan mitra tidak sesuai dengan program LKP.',
];

export const endedReasons = ['Program selesai dan mitra menutup cabangnya.', 'Mitra pindah ke luar daerah.'];

export const reviewerPositions = ['Pemilik', 'Pimpinan', 'Manajer Operasional', 'Ketua'];

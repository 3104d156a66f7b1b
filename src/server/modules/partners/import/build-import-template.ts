import { loadExcelJs } from '../../../platform/files/load-exceljs';
import { templateExamplePrefix } from '../../../../shared/domain/partner-import-fields';

interface TemplateColumn {
  header: string;
  required: boolean;
  accepts: string;
  example: string | number;
  width?: number;
  choices?: string[];
}

const categoryChoices = [
  'DUDI',
  'Koperasi/KUD',
  'Tokoh masyarakat',
  'Kelompok masyarakat maju',
  'Lembaga pemerintah',
];

/** Headers are ones the import recognises without any mapping (see guess-import-field.ts). */
const columns: TemplateColumn[] = [
  {
    header: 'Nama Mitra',
    required: true,
    accepts: 'Nama usaha, lembaga, kelompok, atau tokoh (2–200 karakter).',
    example: `${templateExamplePrefix} CV Maju Jaya Motor`,
    width: 32,
  },
  {
    header: 'Kategori',
    required: true,
    accepts:
      'DUDI, Koperasi/KUD, Tokoh masyarakat, Kelompok masyarakat maju, Lembaga pemerintah, atau kategori buatan lembaga. Bila kosong, ditebak dari nama (PT/CV → DUDI, Koperasi → Koperasi/KUD, Dinas → Lembaga pemerintah).',
    example: 'DUDI',
    width: 24,
    choices: categoryChoices,
  },
  {
    header: 'Skala',
    required: false,
    accepts: 'Mikro, Kecil, Menengah, atau Besar.',
    example: 'Kecil',
    choices: ['Mikro', 'Kecil', 'Menengah', 'Besar'],
  },
  {
    header: 'Bidang Usaha',
    required: false,
    accepts: 'Teks bebas.',
    example: 'Bengkel sepeda motor',
    width: 24,
  },
  {
    header: 'Provinsi',
    required: false,
    accepts:
      'Nama provinsi (boleh singkatan umum: Kalsel). Membantu bila nama kabupaten/kota ada di dua provinsi.',
    example: 'Kalimantan Selatan',
    width: 20,
  },
  {
    header: 'Kab/Kota',
    required: true,
    accepts:
      'Nama kabupaten/kota sesuai Kemendagri: "Kab. Banjar", "Kota Banjarbaru", atau cukup "Banjarmasin".',
    example: 'Kota Banjarbaru',
    width: 20,
  },
  {
    header: 'Kecamatan',
    required: false,
    accepts: 'Nama kecamatan di kabupaten/kota tersebut.',
    example: 'Landasan Ulin',
    width: 18,
  },
  {
    header: 'Desa/Kelurahan',
    required: false,
    accepts: 'Nama desa/kelurahan di kecamatan tersebut.',
    example: '',
    width: 18,
  },
  {
    header: 'Alamat',
    required: false,
    accepts: 'Teks bebas.',
    example: 'Jl. A. Yani Km 25 No. 8',
    width: 30,
  },
  {
    header: 'Lintang',
    required: false,
    accepts: 'Angka desimal, mis. -3,4417 atau -3.4417 (isi bersama Bujur).',
    example: -3.4417,
  },
  { header: 'Bujur', required: false, accepts: 'Angka desimal, mis. 114,8311.', example: 114.8311 },
  {
    header: 'Narahubung',
    required: false,
    accepts: 'Nama orang yang dihubungi. Bila kosong tetapi ada nomor HP, nama mitra dipakai.',
    example: 'Budi Santoso',
    width: 20,
  },
  { header: 'Jabatan', required: false, accepts: 'Teks bebas.', example: 'Pemilik' },
  {
    header: 'No. HP/WA',
    required: false,
    accepts:
      'Nomor Indonesia: 0812…, +62 812…, atau 62812…. Sebaiknya diformat sebagai teks agar angka 0 di depan tidak hilang (hilang pun tetap dikenali).',
    example: '0812-3456-7890',
    width: 18,
  },
  {
    header: 'Ada WA?',
    required: false,
    accepts: 'Ya atau Tidak. Bila kosong, nomor HP dianggap aktif WhatsApp.',
    example: 'Ya',
    choices: ['Ya', 'Tidak'],
  },
  { header: 'Email', required: false, accepts: 'Alamat email.', example: 'budi@contoh.id', width: 24 },
  {
    header: 'Kebutuhan',
    required: false,
    accepts:
      'Dipisah koma: Tempat magang, Instruktur tamu, Penyerapan lulusan, Peralatan dan fasilitas, Modal, Akses pasar, Masukan kurikulum, Sertifikasi kompetensi, Lainnya.',
    example: 'Penyerapan lulusan',
    width: 28,
  },
  {
    header: 'Tawaran',
    required: false,
    accepts: 'Dipisah koma, kosakata sama dengan Kebutuhan.',
    example: 'Tempat magang, Instruktur tamu',
    width: 28,
  },
  { header: 'Label', required: false, accepts: 'Kata kunci dipisah koma.', example: 'otomotif', width: 16 },
  {
    header: 'NIB',
    required: false,
    accepts: '13 angka (format sebagai teks).',
    example: '9120001234567',
    width: 16,
  },
  {
    header: 'NPWP',
    required: false,
    accepts: '16 angka; titik dan tanda hubung boleh; 15 angka lama diterima.',
    example: '',
    width: 22,
  },
  { header: 'KBLI', required: false, accepts: '5 angka.', example: '45405' },
  { header: 'Versi KBLI', required: false, accepts: '2020 atau 2025.', example: '2020' },
  {
    header: 'Nomor Badan Hukum',
    required: false,
    accepts: 'Untuk koperasi, mis. AHU-0001234.AH.01.26.TAHUN 2020.',
    example: '',
    width: 30,
  },
  {
    header: 'Situs Web',
    required: false,
    accepts: 'Alamat lengkap diawali https://.',
    example: '',
    width: 24,
  },
  {
    header: 'Sumber Informasi',
    required: false,
    accepts: 'Dari mana lembaga mengenal mitra ini.',
    example: 'Pameran UMKM 2026',
    width: 22,
  },
  {
    header: 'Cakupan',
    required: false,
    accepts: '"Wilayah kerja" atau "Di luar wilayah kerja". Bila kosong: wilayah kerja.',
    example: 'Wilayah kerja',
    choices: ['Wilayah kerja', 'Di luar wilayah kerja'],
  },
  {
    header: 'Deskripsi',
    required: false,
    accepts: 'Teks bebas.',
    example: 'Bengkel resmi, 6 mekanik.',
    width: 30,
  },
];

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The XLSX a user fills in: Indonesian headers with notes, an example row, dropdowns, instructions. */
export async function buildImportTemplate(): Promise<Buffer> {
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  workbook.creator = 'Jalin';
  const sheet = workbook.addWorksheet('Mitra', { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(
    columns.map((column) => (column.required ? `${column.header}` : column.header)),
  );
  header.font = { bold: true };
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.note = `${column.required ? 'WAJIB. ' : ''}${column.accepts}`;
    if (column.required) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF3BF' } };
    sheet.getColumn(index + 1).width = column.width ?? 14;
    // Identifiers and phones as text, so Excel keeps leading zeros and all 13–16 digits.
    if (['No. HP/WA', 'NIB', 'NPWP', 'KBLI'].includes(column.header)) sheet.getColumn(index + 1).numFmt = '@';
    if (column.choices) {
      const letter = columnLetter(index);
      for (let row = 2; row <= 500; row += 1) {
        sheet.getCell(`${letter}${row}`).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${column.choices.join(',')}"`],
          showErrorMessage: false,
        };
      }
    }
  });
  const example = sheet.addRow(columns.map((column) => column.example));
  example.font = { italic: true, color: { argb: 'FF868E96' } };

  const guide = workbook.addWorksheet('Petunjuk');
  guide.addRow(['Cara mengisi']).font = { bold: true, size: 14 };
  guide.addRow([
    'Isi satu mitra per baris di lembar "Mitra". Baris contoh (diawali "CONTOH:") tidak diimpor; hapus bila sudah tidak perlu.',
  ]);
  guide.addRow([
    'Kolom berwarna kuning wajib diisi. Judul kolom boleh diubah atau ditambah: saat mengunggah, Jalin menebak isi tiap kolom dan Anda dapat memperbaikinya.',
  ]);
  guide.addRow([
    'Mengunggah berkas yang sama dua kali tidak membuat mitra ganda: baris yang sudah diimpor dilewati.',
  ]);
  guide.addRow([]);
  guide.addRow(['Kolom', 'Wajib?', 'Isi yang diterima', 'Contoh']).font = { bold: true };
  for (const column of columns) {
    guide.addRow([
      column.header,
      column.required ? 'Wajib' : 'Boleh kosong',
      column.accepts,
      String(column.example),
    ]);
  }
  guide.getColumn(1).width = 22;
  guide.getColumn(2).width = 14;
  guide.getColumn(3).width = 90;
  guide.getColumn(4).width = 34;
  guide.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

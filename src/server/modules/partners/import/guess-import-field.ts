import type { PartnerImportField } from '../../../../shared/domain/partner-import-fields';

/** Lower-case letters and digits only: "No. HP/WA" → "nohpwa", "Kab/Kota" → "kabkota". */
export function toHeaderKey(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Headers seen in LKP spreadsheets and exports, Indonesian first, then English. Matched exactly
 * after `toHeaderKey`; the template's own headers are among them.
 */
const headerSynonyms: Record<PartnerImportField, string[]> = {
  name: [
    'namamitra',
    'nama',
    'namaperusahaan',
    'namausaha',
    'namalembaga',
    'namainstansi',
    'namadudi',
    'namaorganisasi',
    'namakelompok',
    'namakoperasi',
    'namatokoh',
    'mitra',
    'perusahaan',
    'instansi',
    'lembaga',
    'dudi',
    'partner',
    'partnername',
    'name',
    'company',
    'companyname',
    'organisation',
    'organization',
  ],
  category: [
    'kategori',
    'kategorimitra',
    'jenismitra',
    'jenis',
    'kelompokmitra',
    'tipe',
    'tipemitra',
    'category',
    'type',
    'partnertype',
  ],
  size: ['skala', 'skalausaha', 'ukuran', 'ukuranusaha', 'size', 'companysize', 'scale'],
  sector: [
    'bidangusaha',
    'bidang',
    'sektor',
    'sektorusaha',
    'jenisusaha',
    'lapanganusaha',
    'sector',
    'industry',
    'businessfield',
  ],
  description: [
    'deskripsi',
    'keterangan',
    'uraian',
    'profil',
    'catatan',
    'description',
    'notes',
    'note',
    'profile',
  ],
  characteristics: ['karakteristik', 'ciri', 'cirikhas', 'characteristics'],
  needs: ['kebutuhan', 'kebutuhanmitra', 'yangdibutuhkan', 'needs', 'need'],
  offers: ['tawaran', 'penawaran', 'potensi', 'yangditawarkan', 'dukungan', 'offers', 'offer', 'canoffer'],
  scope: ['cakupan', 'jangkauan', 'wilayahkerja', 'scope'],
  province: ['provinsi', 'prov', 'propinsi', 'province'],
  regency: [
    'kabkota',
    'kabupatenkota',
    'kabupaten',
    'kota',
    'kab',
    'kotakab',
    'regency',
    'city',
    'regencycity',
    'district_city',
  ],
  district: ['kecamatan', 'kec', 'district', 'subdistrict'],
  village: ['desakelurahan', 'desakel', 'kelurahandesa', 'desa', 'kelurahan', 'kel', 'village'],
  regionCode: ['kodewilayah', 'kodewil', 'kodekemendagri', 'kodedesa', 'regioncode', 'areacode'],
  address: ['alamat', 'alamatlengkap', 'alamatmitra', 'alamatkantor', 'jalan', 'address', 'street'],
  lat: ['lintang', 'latitude', 'lat'],
  lng: ['bujur', 'longitude', 'lng', 'lon', 'long'],
  website: ['website', 'situs', 'situsweb', 'web', 'laman', 'url', 'homepage'],
  source: ['sumber', 'sumberinformasi', 'dikenalmelalui', 'darimana', 'source', 'howwelearned'],
  tags: ['label', 'tag', 'tags', 'labels', 'kata kunci', 'katakunci'],
  nib: ['nib', 'nomorindukberusaha', 'noinduk berusaha', 'noindukberusaha'],
  npwp: ['npwp', 'nomorpokokwajibpajak', 'taxid', 'taxnumber'],
  kbliCode: ['kbli', 'kodekbli', 'kbli code', 'kblicode'],
  kbliVersion: ['versikbli', 'kbliversi', 'tahunkbli', 'kbliversion'],
  cooperativeLegalNumber: [
    'nomorbadanhukum',
    'nobadanhukum',
    'badanhukum',
    'nomorbhkoperasi',
    'ahu',
    'nomorahu',
    'cooperativelegalnumber',
    'legalnumber',
  ],
  contactName: [
    'narahubung',
    'namanarahubung',
    'kontak',
    'namakontak',
    'cp',
    'contactperson',
    'namapic',
    'pic',
    'penanggungjawab',
    'pemilik',
    'namapemilik',
    'pimpinan',
    'namapimpinan',
    'ketua',
    'contactname',
    'contact',
  ],
  contactPosition: ['jabatan', 'jabatannarahubung', 'posisi', 'position', 'title', 'jobtitle'],
  contactPhone: [
    'nohpwa',
    'nohp',
    'nomorhp',
    'hp',
    'hpwa',
    'wa',
    'nowa',
    'nomorwa',
    'whatsapp',
    'nowhatsapp',
    'telepon',
    'telp',
    'notelp',
    'notelepon',
    'nomortelepon',
    'telpon',
    'notlp',
    'tlp',
    'kontakhp',
    'handphone',
    'phone',
    'phonenumber',
    'mobile',
    'telephone',
    'tel',
  ],
  contactWhatsApp: [
    'adawa',
    'punyawa',
    'wa aktif',
    'waaktif',
    'bisawa',
    'terhubungwa',
    'haswhatsapp',
    'whatsappyatidak',
  ],
  contactEmail: [
    'email',
    'surel',
    'emailnarahubung',
    'alamatemail',
    'surat elektronik',
    'suratelektronik',
    'mail',
    'emailaddress',
  ],
};

const fieldByKey = new Map<string, PartnerImportField>();
for (const [field, synonyms] of Object.entries(headerSynonyms) as [PartnerImportField, string[]][]) {
  for (const synonym of synonyms) {
    const key = toHeaderKey(synonym);
    if (!fieldByKey.has(key)) fieldByKey.set(key, field);
  }
}

/** The field a column most likely holds, from its header; null when nothing fits. */
export function guessImportField(header: string): PartnerImportField | null {
  const key = toHeaderKey(header);
  if (!key) return null;
  const exact = fieldByKey.get(key);
  if (exact) return exact;
  // "Nama Mitra (wajib)", "No. HP/WA Narahubung": the longest synonym the header starts with.
  let best: { field: PartnerImportField; length: number } | null = null;
  for (const [synonym, field] of fieldByKey) {
    if (synonym.length >= 4 && key.startsWith(synonym) && (!best || synonym.length > best.length)) {
      best = { field, length: synonym.length };
    }
  }
  return best?.field ?? null;
}

import type { CreateContactRequest, CreatePartnerRequest } from '../../../shared/contracts/partners';

type Place = { regencyCode: string; districtCode: string; lat: number; lng: number; town: string };

/** Real districts of Banjarbaru, Banjarmasin and Kabupaten Banjar with their approximate centres. */
const places: Place[] = [
  { regencyCode: '63.72', districtCode: '63.72.02', lat: -3.4437, lng: 114.7527, town: 'Landasan Ulin' },
  { regencyCode: '63.72', districtCode: '63.72.03', lat: -3.4765, lng: 114.8467, town: 'Cempaka' },
  { regencyCode: '63.72', districtCode: '63.72.04', lat: -3.4304, lng: 114.8398, town: 'Banjarbaru Utara' },
  { regencyCode: '63.72', districtCode: '63.72.05', lat: -3.4561, lng: 114.8292, town: 'Banjarbaru Selatan' },
  { regencyCode: '63.72', districtCode: '63.72.06', lat: -3.4262, lng: 114.7159, town: 'Liang Anggang' },
  {
    regencyCode: '63.71',
    districtCode: '63.71.01',
    lat: -3.3466,
    lng: 114.5979,
    town: 'Banjarmasin Selatan',
  },
  { regencyCode: '63.71', districtCode: '63.71.02', lat: -3.3245, lng: 114.6147, town: 'Banjarmasin Timur' },
  { regencyCode: '63.71', districtCode: '63.71.03', lat: -3.3214, lng: 114.5727, town: 'Banjarmasin Barat' },
  { regencyCode: '63.71', districtCode: '63.71.04', lat: -3.2934, lng: 114.5928, town: 'Banjarmasin Utara' },
  { regencyCode: '63.71', districtCode: '63.71.05', lat: -3.3194, lng: 114.5925, town: 'Banjarmasin Tengah' },
  { regencyCode: '63.03', districtCode: '63.03.05', lat: -3.4144, lng: 114.8483, town: 'Martapura' },
  { regencyCode: '63.03', districtCode: '63.03.06', lat: -3.4631, lng: 114.9127, town: 'Karang Intan' },
];

const people = [
  ['Ibu Hj. Rusmini', 'Pemilik'],
  ['Bapak H. Syahrani', 'Ketua'],
  ['Ibu Noorhayati', 'Pengelola'],
  ['Bapak Ahmad Rifani', 'Direktur'],
  ['Ibu Siti Masitah', 'Sekretaris'],
  ['Bapak Gusti Rahmat', 'Kepala Bidang'],
  ['Ibu Rahmawati', 'Manajer Toko'],
  ['Bapak Muhammad Yusuf', 'Pemilik'],
  ['Ibu Fitriani', 'Bendahara'],
  ['Bapak Abdul Hadi', 'Kepala UPT'],
  ['Ibu Normalasari', 'Ketua Kelompok'],
  ['Bapak Saprudin', 'Tokoh Masyarakat'],
] as const;

type Seed = [
  string,
  CreatePartnerRequest['category'],
  CreatePartnerRequest['size'],
  string,
  CreatePartnerRequest['needs'],
  CreatePartnerRequest['offers'],
];

const seeds: Seed[] = [
  [
    'Rumah Rajut',
    'business',
    'micro',
    'Kerajinan rajut',
    ['graduate_hiring'],
    ['internship_places', 'equipment_facilities'],
  ],
  [
    'Sanggar Tas Anyaman',
    'business',
    'micro',
    'Kerajinan anyaman',
    ['graduate_hiring', 'market_access'],
    ['internship_places'],
  ],
  [
    'Galeri Sasirangan',
    'business',
    'small',
    'Tekstil dan oleh-oleh',
    ['market_access'],
    ['market_access', 'guest_instructors'],
  ],
  [
    'Toko Oleh-Oleh Khas Banjar',
    'business',
    'small',
    'Perdagangan oleh-oleh',
    ['market_access'],
    ['market_access'],
  ],
  [
    'CV Benang Emas',
    'business',
    'medium',
    'Perdagangan benang',
    ['market_access'],
    ['equipment_facilities', 'capital'],
  ],
  [
    'Koperasi Perajin',
    'cooperative',
    'small',
    'Koperasi produsen kerajinan',
    ['curriculum_input'],
    ['market_access', 'capital'],
  ],
  ['KUD Karya Bersama', 'cooperative', 'small', 'Koperasi unit desa', ['graduate_hiring'], ['capital']],
  [
    'Kelompok Wanita Tani',
    'community_group',
    'micro',
    'Kelompok perempuan',
    ['competency_certification'],
    ['other'],
  ],
  ['PKK Kelurahan', 'community_group', 'micro', 'Pemberdayaan keluarga', ['guest_instructors'], ['other']],
  [
    'Dinas Koperasi dan UKM',
    'government',
    null,
    'Pemerintahan',
    ['curriculum_input'],
    ['capital', 'competency_certification'],
  ],
  [
    'UPT Pelatihan Kerja',
    'government',
    null,
    'Pelatihan kerja',
    ['other'],
    ['competency_certification', 'guest_instructors'],
  ],
  [
    'Bapak Haji Tokoh Perajin',
    'community_figure',
    null,
    'Tokoh kerajinan',
    ['other'],
    ['guest_instructors', 'market_access'],
  ],
];

/** Sixty partners around Banjarbaru and Banjarmasin across the guide's five categories, each with a contact. */
export function buildDemoPartners(): { partner: CreatePartnerRequest; contact: CreateContactRequest }[] {
  return Array.from({ length: 60 }, (_, index) => {
    const [baseName, category, size, sector, needs, offers] = seeds[index % seeds.length]!;
    const place = places[(index * 7) % places.length]!;
    const [contactName, position] = people[(index * 5) % people.length]!;
    const suffix =
      Math.floor(index / seeds.length) === 0
        ? place.town
        : `${place.town} ${Math.floor(index / seeds.length) + 1}`;
    const jitter = ((index * 37) % 100) / 10_000;
    const mobile = `0812${String(51_000_000 + index * 7919).padStart(8, '0')}`;
    return {
      partner: {
        name: `${baseName} ${suffix}`,
        category,
        size,
        sector,
        needs,
        offers,
        scope: place.regencyCode === '63.72' ? 'local' : 'wider',
        region: { provinceCode: '63', regencyCode: place.regencyCode, districtCode: place.districtCode },
        address: `Jl. ${['A. Yani', 'Panglima Batur', 'Trikora', 'Sultan Adam', 'Lambung Mangkurat'][index % 5]} No. ${(index % 90) + 1}, ${place.town}`,
        location: { lat: place.lat + jitter, lng: place.lng - jitter },
        tags: index % 3 === 0 ? ['pkw', 'rajut'] : ['pkw'],
        source: ['Kunjungan lapangan', 'Rekomendasi dinas', 'Pameran UMKM', 'Media sosial'][index % 4],
        confirmDuplicates: true,
      },
      contact: {
        name: contactName,
        position,
        phone: mobile,
        whatsApp: index % 4 !== 3,
        email: index % 2 === 0 ? `mitra${index + 1}@contoh.id` : null,
        legalBasis: 'consent',
        consent: {
          givenBy: contactName,
          givenAt: '2026-02-16',
          channel: index % 2 === 0 ? 'in_person' : 'whatsapp',
        },
        preferences: index % 5 === 0 ? 'Lebih suka dihubungi lewat WhatsApp sore hari' : null,
        // recorded with the consent above, so religious greetings reach those who observe them
        religion: index === 0 ? 'islam' : index === 3 ? 'protestant' : null,
      },
    };
  });
}

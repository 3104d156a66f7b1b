import type { CreateContactRequest, CreatePartnerRequest } from '../../src/shared/contracts/partners';
import { exchangeItems, type BuiltInPartnerCategory } from '../../src/shared/domain/partner-vocabulary';
import { normalizePhone } from '../../src/shared/domain/phone';
import {
  banjarGivenNames,
  banks,
  cooperativeKinds,
  emailDomains,
  figureTitles,
  generalSectors,
  groupKinds,
  type Gender,
  javaneseGivenNames,
  mobilePrefixes,
  offices,
  placeWords,
  positions,
  shopKinds,
  streets,
  tagWords,
} from './indonesian-words';
import type { Prng } from './prng';
import type { Regency, RegionPool } from './region-pool';

export interface InstitutionPlan {
  regency: Regency;
  facilitatorIds: string[];
}

export interface GeneratedPartner {
  partner: CreatePartnerRequest;
  contacts: CreateContactRequest[];
}

const categories: [BuiltInPartnerCategory, number][] = [
  ['business', 45],
  ['community_group', 18],
  ['government', 15],
  ['cooperative', 12],
  ['community_figure', 10],
];
const kbliCodes = ['10792', '14111', '45201', '96021', '47111', '56101', '18111', '62019', '13134', '03221'];
const sources = ['Survei lapangan', 'Rekomendasi alumni', 'Pameran UMKM', 'Data dinas', 'Media sosial'];
const religionsByWeight = [
  ['islam', 88],
  ['protestant', 4],
  ['catholic', 3],
  ['hindu', 4],
  ['buddhist', 1],
] as const;

const titleWords = new Set(['bapak', 'ibu', 'h', 'hj', 'ustadz', 'ustadzah', 'guru', 's', 'pd']);

const shortRegencyName = (regency: Regency) => regency.name.replace(/^(Kabupaten|Kota) /, '');

/** A person's name and gender, Banjar seven times in ten, else Javanese (transmigrant families). */
function person(prng: Prng): readonly [string, Gender] {
  return prng.chance(0.7) ? prng.pick(banjarGivenNames) : prng.pick(javaneseGivenNames);
}

/** A person as a contact list writes them: often with Bapak/Ibu before the name. */
function addressed(prng: Prng): string {
  const [name, gender] = person(prng);
  return prng.chance(0.6) ? `${gender === 'm' ? 'Bapak' : 'Ibu'} ${name}` : name;
}

/** A partner's name with the sector it tells, or null when the name does not say. */
function partnerName(
  prng: Prng,
  category: BuiltInPartnerCategory,
  regency: Regency,
  districtName: string,
): [string, string | null] {
  const word = prng.pick(placeWords);
  switch (category) {
    case 'business': {
      const [shop, shopSector] = prng.pick(shopKinds);
      return prng.weighted<[string, string | null]>([
        [
          [
            `${prng.pick(['PT', 'CV', 'UD'])} ${word}${prng.chance(0.4) ? ` ${prng.pick(placeWords)}` : ''}`,
            null,
          ],
          35,
        ],
        [[`Toko ${word}`, 'Perdagangan'], 15],
        [[`${shop} ${word}`, shopSector], 25],
        [[`${shop} ${person(prng)[0].split(' ')[0]}`, shopSector], 15],
        [[`${prng.pick(banks)} ${districtName}`, 'Jasa Keuangan'], 5],
        [[`Hotel ${word}`, 'Perhotelan'], 5],
      ]);
    }
    case 'cooperative': {
      const [kind, sector] = prng.pick(cooperativeKinds);
      return [prng.chance(0.3) ? `${kind} ${word} ${districtName}` : `${kind} ${word}`, sector];
    }
    case 'community_group': {
      const [group, sector] = prng.pick(groupKinds);
      return prng.weighted<[string, string | null]>([
        [[`${group} ${word}`, sector], 70],
        [[`Karang Taruna ${districtName}`, 'Sosial Kemasyarakatan'], 15],
        [[`PKK Kecamatan ${districtName}`, 'Sosial Kemasyarakatan'], 15],
      ]);
    }
    case 'community_figure': {
      const [name, gender] = person(prng);
      return [`${prng.pick(figureTitles[gender])} ${name}${prng.chance(0.2) ? ', S.Pd.' : ''}`, null];
    }
    case 'government': {
      const [office, sector] = prng.pick(offices);
      return prng.weighted<[string, string | null]>([
        [[`${office} ${regency.name}`, sector], 60],
        [[`Puskesmas ${districtName}`, 'Kesehatan'], 20],
        [[`Kantor Kecamatan ${districtName}`, 'Pemerintahan'], 10],
        [[`UPT Pelatihan Kerja ${shortRegencyName(regency)}`, 'Ketenagakerjaan'], 10],
      ]);
    }
  }
}

/** A mobile number as people type it; the app's own rule decides it is valid. */
function mobile(prng: Prng): string {
  for (;;) {
    const national = `${prng.pick(mobilePrefixes)}${prng.digits(prng.int(7, 8))}`;
    const typed = prng.weighted([
      [`0${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`, 50],
      [`0${national}`, 30],
      [`+62 ${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`, 20],
    ]);
    if (normalizePhone(typed)) return typed;
  }
}

function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 24);
}

function contact(prng: Prng, name: string, createdOn: string, isGovernment: boolean): CreateContactRequest {
  const hasPhone = prng.chance(0.85);
  const legalBasis = prng.weighted([
    ['consent', 45],
    ['legitimate_interest', 42],
    ['contract', 6],
    [isGovernment ? 'public_task' : 'legitimate_interest', 7],
  ] as const);
  const consent =
    legalBasis === 'consent' || prng.chance(0.1)
      ? {
          givenBy: name,
          givenAt: createdOn,
          channel: prng.pick(['in_person', 'written', 'whatsapp', 'form'] as const),
        }
      : null;
  const [first, ...rest] = name
    .toLowerCase()
    .replace(/[^a-z ]/g, ' ')
    .split(' ')
    .filter((word) => word && !titleWords.has(word));
  return {
    name,
    position: prng.chance(0.8) ? prng.pick(positions) : null,
    phone: hasPhone ? mobile(prng) : null,
    whatsApp: hasPhone && prng.chance(0.8),
    email: prng.chance(0.45)
      ? `${first}${rest.length ? `.${rest[rest.length - 1]}` : ''}${prng.digits(prng.int(0, 3))}@${prng.pick(emailDomains)}`
      : null,
    preferences: prng.chance(0.15) ? 'Lebih suka dihubungi lewat WhatsApp pada sore hari' : null,
    sensitiveTopics: null,
    legalBasis,
    consent,
    religion: consent && prng.chance(0.3) ? prng.weighted(religionsByWeight) : null,
  };
}

/** One partner of an institution as a user would enter it (request bodies, before validation). */
export function generatePartner(
  prng: Prng,
  institution: InstitutionPlan,
  pool: RegionPool,
  createdOn: string,
): GeneratedPartner {
  const category = prng.weighted(categories);
  const regency = prng.weighted([
    [institution.regency, 75],
    [prng.pick(pool.home), 20],
    [pool.elsewhere.length > 0 ? prng.pick(pool.elsewhere) : institution.regency, 5],
  ]);
  const district = regency.districts.length > 0 && prng.chance(0.85) ? prng.pick(regency.districts) : null;
  const village =
    district && district.villages.length > 0 && prng.chance(0.4) ? prng.pick(district.villages) : null;
  const districtName = district?.name ?? shortRegencyName(regency);
  const [name, namedSector] = partnerName(prng, category, regency, districtName);
  const slug = slugOf(name);
  const generalSector = (generalSectors as Record<string, readonly string[]>)[category];
  const sector = namedSector ?? (generalSector ? prng.pick(generalSector) : null);
  const [lat, lng] = regency.centre;
  const isBusiness = category === 'business';
  const isCooperative = category === 'cooperative';
  const partner: CreatePartnerRequest = {
    name,
    category,
    size:
      category === 'community_figure'
        ? null
        : prng.weighted([
            ['micro', isBusiness ? 50 : 30],
            ['small', 30],
            ['medium', category === 'government' ? 30 : 12],
            ['large', category === 'government' ? 20 : 5],
            [null, 3],
          ] as const),
    sector: prng.chance(0.8) ? sector : null,
    description:
      sector && prng.chance(0.4)
        ? `Mitra di ${districtName} yang bergerak di bidang ${sector.toLowerCase()}.`
        : null,
    characteristics: prng.chance(0.2) ? 'Terbuka menerima peserta magang dari LKP setiap semester.' : null,
    needs: prng.some(
      exchangeItems.slice(0, 8),
      prng.weighted([
        [0, 30],
        [1, 45],
        [2, 25],
      ]),
    ),
    offers: prng.some(
      exchangeItems.slice(0, 8),
      prng.weighted([
        [0, 20],
        [1, 40],
        [2, 25],
        [3, 15],
      ]),
    ),
    scope: prng.chance(0.85) ? 'local' : 'wider',
    region: {
      provinceCode: regency.provinceCode,
      regencyCode: regency.code,
      districtCode: district?.code ?? null,
      villageCode: village,
    },
    address: prng.chance(0.7)
      ? `${prng.pick(streets)} No. ${prng.int(1, 250)}${prng.chance(0.3) ? ` RT ${prng.int(1, 30)}` : ''}, ${districtName}`
      : null,
    location: prng.chance(0.6)
      ? {
          lat: Math.round((lat + prng.gaussian() * 0.04) * 1e6) / 1e6,
          lng: Math.round((lng + prng.gaussian() * 0.04) * 1e6) / 1e6,
        }
      : null,
    website: isBusiness && prng.chance(0.1) ? `https://www.${slug}.co.id` : null,
    socialLinks: prng.chance(0.25) ? [`https://instagram.com/${slug}`] : [],
    source: prng.chance(0.5) ? prng.pick(sources) : null,
    tags: prng.some(
      tagWords,
      prng.weighted([
        [0, 40],
        [1, 30],
        [2, 20],
        [3, 10],
      ]),
    ),
    facilitatorUserId:
      institution.facilitatorIds.length > 0 && prng.chance(0.7)
        ? prng.pick(institution.facilitatorIds)
        : null,
    identifiers: {
      nib: (isBusiness && prng.chance(0.5)) || (isCooperative && prng.chance(0.3)) ? prng.digits(13) : null,
      npwp: isBusiness && prng.chance(0.3) ? prng.digits(16) : null,
      kbliCode: isBusiness && prng.chance(0.4) ? prng.pick(kbliCodes) : null,
      kbliVersion: null,
      cooperativeLegalNumber:
        isCooperative && prng.chance(0.6)
          ? `AHU-${prng.digits(7)}.AH.01.26.TAHUN ${prng.int(2012, 2025)}`
          : null,
    },
    confirmDuplicates: true,
  };
  if (partner.identifiers?.kbliCode) partner.identifiers.kbliVersion = '2020';
  const contactCount =
    category === 'community_figure'
      ? 1
      : prng.weighted([
          [0, 15],
          [1, 50],
          [2, 25],
          [3, 10],
        ]);
  const contacts = Array.from({ length: contactCount }, (_, index) => {
    const person =
      category === 'community_figure' && index === 0 ? name.replace(/, S\.Pd\.$/, '') : addressed(prng);
    return contact(prng, person, createdOn, category === 'government');
  });
  return { partner, contacts };
}

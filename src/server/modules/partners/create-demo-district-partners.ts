import { createPartnerRequestSchema } from '../../../shared/contracts/partners';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { createPartner } from './create-partner';

type Entry = [name: string, category: string, sector: string, lat: number, lng: number];

/** Partners of the district demo's other institutions, around their towns. */
const partnersBy: Record<
  'banjarmasin' | 'surabaya',
  { province: string; regency: string; entries: Entry[] }
> = {
  banjarmasin: {
    province: '63',
    regency: '63.71',
    entries: [
      ['Galeri Sasirangan Kampung Melayu', 'business', 'Kain tradisional', -3.3262, 114.6031],
      ['Butik Sasirangan Hj. Fatimah', 'business', 'Busana', -3.3167, 114.5881],
      ['Koperasi Pengrajin Sasirangan Banua', 'cooperative', 'Kerajinan tekstil', -3.3041, 114.5978],
      ['Pasar Terapung Lok Baintan', 'community_group', 'Pariwisata', -3.2819, 114.6615],
      ['Hotel Banjarmasin International', 'business', 'Perhotelan', -3.3229, 114.5914],
      ['Kelompok Usaha Ibu Sungai Jingah', 'community_group', 'Usaha rumahan', -3.2921, 114.6052],
      ['Disperindag Kota Banjarmasin', 'government', 'Pemerintahan', -3.3197, 114.5902],
      ['Konveksi Tanjung Pagar', 'business', 'Konveksi', -3.3513, 114.6102],
      ['Toko Kain Pasar Sudimampir', 'business', 'Perdagangan', -3.3201, 114.5932],
      ['Tokoh Pengrajin Hj. Masrah', 'community_figure', 'Kerajinan tekstil', -3.3385, 114.5816],
    ],
  },
  surabaya: {
    province: '35',
    regency: '35.78',
    entries: [
      ['Rumah Batik Kenjeran', 'business', 'Batik', -7.2459, 112.7938],
      ['Koperasi Batik Jawa Timur', 'cooperative', 'Batik', -7.2651, 112.7476],
      ['Galeri Tunjungan Batik', 'business', 'Perdagangan', -7.2622, 112.7389],
      ['Dinas Koperasi dan UMKM Surabaya', 'government', 'Pemerintahan', -7.2575, 112.7521],
    ],
  },
};

/** The district demo's partners, through the same use case as the UI (validation, search text, audit). */
export async function createDemoDistrictPartners(
  deps: AppDeps,
  principal: Principal,
  town: 'banjarmasin' | 'surabaya',
): Promise<{ id: string; name: string }[]> {
  const { province, regency, entries } = partnersBy[town];
  const created = [];
  for (const [name, category, sector, lat, lng] of entries) {
    const input = createPartnerRequestSchema.parse({
      name,
      category,
      sector,
      region: { provinceCode: province, regencyCode: regency },
      location: { lat, lng },
      confirmDuplicates: true,
    });
    const saved = await createPartner(deps, principal, input, 'demo');
    created.push({ id: saved.id, name: saved.name });
  }
  return created;
}

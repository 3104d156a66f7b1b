import type { Catalog } from './catalog';

/** English texts of the region picker and the "About" page; spread into `en`. */
export const enRegions: Pick<Catalog, 'regions' | 'about'> = {
  regions: {
    province: 'Province',
    regency: 'Regency/City',
    district: 'District',
    village: 'Village',
    choose: 'Choose {level}',
    chooseAboveFirst: 'Choose the {level} first',
    nothingFound: 'Nothing matches',
    loadFailed: 'The region list failed to load. Try again.',
    levelMismatch: 'Choose the region down to the required level.',
  },
  about: {
    menuLink: 'About Jalin',
    title: 'About Jalin',
    intro:
      'Jalin helps course and training institutions build, run and keep partnerships, following the LKP Partnership Guide.',
    dataTitle: 'Data sources',
    regionData: 'Region data: idn-area-data (Kemendagri), © contributors, ODbL licence',
    regionDataDetail:
      'Codes and names of provinces, regencies/cities, districts and villages follow Kepmendagri 300.2.2-2138/2025, compiled by the idn-area-data project. The region table in Jalin is derived from it and shares its licence (Open Database License).',
    sourceLink: 'Source: github.com/fityannugroho/idn-area-data',
    licenceLink: 'Licence: opendatacommons.org/licenses/odbl',
  },
};

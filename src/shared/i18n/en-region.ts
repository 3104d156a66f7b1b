import type { Catalog } from './catalog';

/** English words of the district roll-up (supervisor); spread into `en`. */
export const enRegion: Pick<Catalog, 'regionUi'> = {
  regionUi: {
    heading: 'District roll-up',
  },
};

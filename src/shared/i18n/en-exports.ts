import type { Catalog } from './catalog';

/** English words of list exports (XLSX, CSV); spread into `en`. */
export const enExports: Pick<Catalog, 'exportsUi'> = {
  exportsUi: {
    heading: 'Download list',
  },
};

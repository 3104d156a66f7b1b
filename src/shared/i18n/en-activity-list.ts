import type { Catalog } from './catalog';

/** English words of the institution-wide activity list; spread into `en`. */
export const enActivityList: Pick<Catalog, 'activityListUi'> = {
  activityListUi: {
    heading: 'Activities',
  },
};

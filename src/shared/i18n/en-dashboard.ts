import type { Catalog } from './catalog';

/** English words of dashboard (home page); spread into `en`. */
export const enDashboard: Pick<Catalog, 'dashboardUi'> = {
  dashboardUi: {
    heading: 'Partnership dashboard',
  },
};

import type { Catalog } from './catalog';

/** English words of partner gatherings (temu mitra), invitations and attendance; spread into `en`. */
export const enGatherings: Pick<Catalog, 'gatheringsUi'> = {
  gatheringsUi: {
    placeholder: 'Partner gatherings',
  },
};

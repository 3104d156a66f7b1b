import type { Catalog } from './catalog';

/** English words of occasions, the holiday table, message templates and messages; spread into `en`. */
export const enOccasions: Pick<Catalog, 'occasionsUi'> = {
  occasionsUi: {
    placeholder: 'Occasions calendar',
  },
};

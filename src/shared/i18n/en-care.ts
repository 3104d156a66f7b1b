import type { Catalog } from './catalog';

/** English words of relationship care: the Perawatan Mitra page, health, cadence, the agenda and neglected partners; spread into `en`. */
export const enCare: Pick<Catalog, 'carePage'> = {
  carePage: {
    title: 'Partner care',
    description:
      'Who to contact today and why, neglected partners, the occasions calendar, feedback and partner gatherings.',
    tabAgenda: "Today's agenda",
    tabNeglected: 'Neglected partners',
    tabOccasions: 'Occasions calendar',
    tabFeedback: 'Feedback',
    tabGatherings: 'Partner gatherings',
  },
};

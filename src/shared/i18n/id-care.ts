/** Indonesian words of relationship care: the Perawatan Mitra page, health, cadence, the agenda and neglected partners; spread into `id`. */
export const idCare = {
  carePage: {
    title: 'Perawatan Mitra',
    description:
      'Siapa yang perlu dihubungi hari ini dan mengapa, mitra yang terabaikan, kalender momen, umpan balik, dan temu mitra.',
    tabAgenda: 'Agenda hari ini',
    tabNeglected: 'Mitra terabaikan',
    tabOccasions: 'Kalender momen',
    tabFeedback: 'Umpan balik',
    tabGatherings: 'Temu mitra',
  },
};

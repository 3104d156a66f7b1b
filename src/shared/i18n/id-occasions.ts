/** Indonesian words of occasions, the holiday table, message templates and messages; spread into `id`. */
export const idOccasions = {
  occasionsUi: {
    placeholder: 'Kalender momen',
  },
};

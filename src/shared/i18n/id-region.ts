/** Indonesian words of the district roll-up (supervisor); spread into `id`. */
export const idRegion = {
  regionUi: {
    heading: 'Rekap wilayah',
  },
} as const;

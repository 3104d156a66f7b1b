/** Indonesian words of the institution-wide activity list; spread into `id`. */
export const idActivityList = {
  activityListUi: {
    heading: 'Kegiatan',
  },
} as const;

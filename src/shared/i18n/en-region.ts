import type { Catalog } from './catalog';

/** English words of the district roll-up (supervisor); spread into `en`. */
export const enRegion: Pick<Catalog, 'regionUi'> = {
  regionUi: {
    heading: 'District roll-up',
    intro:
      "Partnership figures of the course institutions in your regions, read-only. They update on their own within half a minute of an institution's change.",
    region: 'Region',
    period: 'Period',
    periods: {
      this_year: 'This year',
      last_year: 'Last year',
      last_12_months: 'Last 12 months',
      year: 'A given year',
    },
    year: 'Year',
    noRegions: 'Your account holds no regions yet. Ask an admin to add them in Settings › Users.',
    empty: 'No institution is registered in this region yet.',
    totals: 'Totals in this region',
    institutions: 'Institutions',
    partners: 'Partners',
    activeAgreements: 'Agreements in force',
    expiringAgreements: 'Expiring soon',
    neglectedPartners: 'Neglected partners',
    outcomes: "Period's outcomes",
    institution: 'Institution',
    computedAt: 'Computed',
    notComputed: 'Not computed yet',
    tableLabel: 'Institutions in this region',
    sortBy: 'Sort by {column}',
    view: 'View institution',
    map: 'Map of institutions and partners',
    mapHint: "Large dots: institutions. Small dots: those institutions' partners.",
    mapTruncated: 'The map shows only the first {count} partner points.',
    noPoints: 'No institution in this region has set its map point yet.',
    viewingBanner: "You are viewing {institution}'s data (read-only)",
    backToRegion: 'Back to the district roll-up',
  },
};

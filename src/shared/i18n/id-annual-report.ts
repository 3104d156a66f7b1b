/** Indonesian words of the annual partnership report; spread into `id`. */
export const idAnnualReport = {
  annualReportUi: {
    heading: 'Laporan kemitraan tahunan',
  },
} as const;

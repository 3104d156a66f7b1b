import type { Catalog } from './catalog';

/** English words of the annual partnership report; spread into `en`. */
export const enAnnualReport: Pick<Catalog, 'annualReportUi'> = {
  annualReportUi: {
    heading: 'Annual partnership report',
  },
};

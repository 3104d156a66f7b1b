import type { Catalog } from './catalog';

/** English words of the annual partnership report and the Reports page; spread into `en`. */
export const enAnnualReport: Pick<Catalog, 'annualReportUi'> = {
  annualReportUi: {
    heading: 'Annual partnership report',
    intro:
      "One document per year: the institution's identity, the dashboard's January–December figures with charts, the partnerships, agreements, activities and their outcomes, value records, partner feedback, and a signature block for the head of the institution. It is written in the document language set in the institution profile.",
    year: 'Year',
    makePdf: 'Make PDF',
    makeDocx: 'Make DOCX (Word)',
    makeXlsx: 'Make XLSX (figures)',
    queued: 'Waiting in line…',
    running: 'Putting the report together… {percent}%',
    progressLabel: 'Report progress',
    ready: 'The {format} report for {year} is ready.',
    download: 'Download {fileName}',
    failed: 'The report could not be made',
    otherReports: 'Other reports in Jalin',
    dashboardLink: 'Partnership dashboard',
    dashboardHint: 'Current figures and charts on the home page; every figure opens its list.',
    partnershipsLink: 'Monev reports and evidence packs',
    partnershipsHint:
      'Made from each partnership page: the monitoring and evaluation report (PDF/DOCX) and the evidence pack (ZIP).',
    regionLink: 'District roll-up',
    regionHint:
      'For supervisors: the institutions of your region with their partners, agreements and outcomes.',
  },
};

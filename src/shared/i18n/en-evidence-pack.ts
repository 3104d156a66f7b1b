import type { Catalog } from './catalog';

/** English words of the monev report and evidence pack downloads; spread into `en`. */
export const enEvidencePack: Pick<Catalog, 'evidencePackUi'> = {
  evidencePackUi: {
    partnershipPack: 'Download evidence pack (ZIP)',
    programmePack: 'Download programme evidence pack (ZIP)',
    packHint:
      'One ZIP file with an index, the signed agreement, the work plans, activity evidence and the monev reports.',
    preparing: 'Preparing the file…',
    failedTitle: 'The file could not be downloaded',
    monevTitle: 'Monev report',
    monevHint:
      "This cycle's monitoring and evaluation report, with tables and a chart of plan against actual.",
    monevPdf: 'Download PDF',
    monevDocx: 'Download DOCX',
  },
};

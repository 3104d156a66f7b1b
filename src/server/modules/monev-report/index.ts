/** The monev report module's public entry (guide step 9: the laporan monev of a joint evaluation). */
import { monevReportRoutes } from './monev-report.routes';

export const monevReportModuleRoutes = [...monevReportRoutes];
export { renderMonevReport } from './render-monev-report';
// The annual partnership report (reports module) prints its own model through the same renderers.
export { renderMonevPdf } from './render-monev-pdf';
export { renderMonevDocx } from './render-monev-docx';
export type { MonevBlock, MonevDocument, MonevSection } from './monev-document-model';
export {
  findInstitution,
  listAgreements,
  listPartnerNames,
  listWorkPlanItems,
} from './monev-report.repository';

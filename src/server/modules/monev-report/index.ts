/** The monev report module's public entry (guide step 9: the laporan monev of a joint evaluation). */
import { monevReportRoutes } from './monev-report.routes';

export const monevReportModuleRoutes = [...monevReportRoutes];
export { renderMonevReport } from './render-monev-report';
export {
  findInstitution,
  listAgreements,
  listPartnerNames,
  listWorkPlanItems,
} from './monev-report.repository';

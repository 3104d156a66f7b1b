import type { AnyRoute } from '../../platform/http/route-definition';

export const regionReportRoutes: AnyRoute[] = [];

import { deviationSeverities, type DeviationSeverity } from '../../../shared/domain/monitoring-vocabulary';

export interface MonitoringSearch {
  severity?: DeviationSeverity;
}

/** Unknown severities are dropped, so a hand-edited URL shows everything rather than failing. */
export function parseMonitoringSearch(search: Record<string, unknown>): MonitoringSearch {
  const severity = deviationSeverities.find((value) => value === search.severity);
  return severity ? { severity } : {};
}

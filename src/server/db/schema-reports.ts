/** Tables of the dashboard roll-ups (migration 0021); schema.ts extends ReportTables. */

/**
 * One figure of one institution: `figure` names what is counted (docs/domain/dashboard.md),
 * `dimension` the slice ('' for none), `month` the local calendar month `YYYY-MM` it belongs to
 * ('' for a figure of today, such as active agreements).
 */
export interface RollupFiguresTable {
  institution_id: string;
  figure: string;
  dimension: string;
  month: string;
  value: number;
}

/** How current an institution's roll-up is: the audit sequence and local day it was computed for. */
export interface RollupStatesTable {
  institution_id: string;
  audit_sequence: number;
  local_date: string;
  computed_at: string;
}

export interface ReportTables {
  rollup_figures: RollupFiguresTable;
  rollup_states: RollupStatesTable;
}

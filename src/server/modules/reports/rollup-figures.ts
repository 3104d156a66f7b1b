/**
 * The names under which rollup_figures keeps an institution's figures (docs/domain/dashboard.md).
 * Figures of today have month ''; the period's figures have one row per local month.
 */
export const rollupFigures = {
  partnersTotal: 'partners_total',
  partnersByCategory: 'partners_by_category',
  partnersByStage: 'partners_by_stage',
  partnersByPattern: 'partners_by_pattern',
  partnersByRegion: 'partners_by_region',
  partnersByHealth: 'partners_by_health',
  partnersNeglected: 'partners_neglected',
  funnelReached: 'funnel_reached',
  /** Sum of completed stays' days and their number: the mean is their quotient. */
  stageStayDays: 'stage_stay_days',
  stageStays: 'stage_stays',
  agreementsByStatus: 'agreements_by_status',
  activitiesByTimeliness: 'activities_by_timeliness',
  outcomeTotal: 'outcome_total',
  feedbackAnswered: 'feedback_answered',
  feedbackBySatisfaction: 'feedback_by_satisfaction',
  feedbackByRecommend: 'feedback_by_recommend',
} as const;

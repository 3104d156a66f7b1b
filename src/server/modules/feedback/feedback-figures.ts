import type { FeedbackSummary } from '../../../shared/contracts/feedback';

export interface FeedbackFigureRow {
  status: string;
  satisfaction: number | null;
  recommend: number | null;
}

/**
 * The institution's figures from its requests: cancelled ones were never put to the partner, so they
 * count nowhere; recommendation bands are the usual NPS ones (9–10 promoters, 0–6 detractors).
 */
export function feedbackFigures(rows: FeedbackFigureRow[]): Omit<FeedbackSummary, 'from' | 'to'> {
  const asked = rows.filter((row) => row.status !== 'cancelled');
  const answered = asked.filter((row) => row.status === 'answered');
  const scores = answered.flatMap((row) => (row.satisfaction === null ? [] : [row.satisfaction]));
  const recommends = answered.flatMap((row) => (row.recommend === null ? [] : [row.recommend]));
  const promoters = recommends.filter((value) => value >= 9).length;
  const detractors = recommends.filter((value) => value <= 6).length;
  return {
    sent: asked.length,
    answered: answered.length,
    responseRate: asked.length === 0 ? null : Math.round((answered.length / asked.length) * 1000) / 1000,
    averageSatisfaction:
      scores.length === 0
        ? null
        : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100,
    promoters,
    passives: recommends.length - promoters - detractors,
    detractors,
    netPromoterScore:
      recommends.length === 0 ? null : Math.round(((promoters - detractors) / recommends.length) * 100),
  };
}

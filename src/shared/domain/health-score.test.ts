import { describe, expect, it } from 'vitest';
import {
  agreementStanding,
  healthBandOf,
  healthComponentMax,
  scoreAgreement,
  scoreContact,
  scoreDelivery,
  scoreFeedback,
  scoreHealth,
  scoreProblems,
  type HealthFacts,
} from './health-score';

const healthy: HealthFacts = {
  contact: { cadenceDays: 14, daysSinceContact: 3, daysSinceMapped: 200 },
  satisfactionScores: [5, 5],
  problems: { open: 0, overdue: 0 },
  agreement: { status: 'active', endsOn: '2027-06-30' },
  deliveryDeviations: [],
};

describe('health score components', () => {
  it('the maxima add up to 100', () => {
    expect(Object.values(healthComponentMax).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('contact recency against the cadence', () => {
    const at = (days: number | null, mapped = 100) =>
      scoreContact({ cadenceDays: 14, daysSinceContact: days, daysSinceMapped: mapped });
    expect(at(14)).toMatchObject({
      points: 30,
      reason: 'contact_on_time',
      values: { days: 14, cadenceDays: 14 },
    });
    expect(at(21)).toMatchObject({ points: 20, reason: 'contact_due_soon_late' });
    expect(at(28)).toMatchObject({ points: 10, reason: 'contact_late' });
    expect(at(29)).toMatchObject({ points: 0, reason: 'contact_neglected' });
    expect(at(null, 10)).toMatchObject({ points: 20, reason: 'contact_new_partner' });
    expect(at(null, 15)).toMatchObject({ points: 0, reason: 'contact_never' });
  });

  it('feedback: none is neutral, the average scales linearly', () => {
    expect(scoreFeedback([])).toMatchObject({ points: 10, reason: 'feedback_none' });
    expect(scoreFeedback([5, 5])).toMatchObject({
      points: 20,
      reason: 'feedback_good',
      values: { average: 5 },
    });
    expect(scoreFeedback([4, 5])).toMatchObject({
      points: 18,
      reason: 'feedback_good',
      values: { average: 4.5 },
    });
    expect(scoreFeedback([3])).toMatchObject({ points: 10, reason: 'feedback_fair' });
    expect(scoreFeedback([1, 2])).toMatchObject({ points: 3, reason: 'feedback_poor', values: { count: 2 } });
  });

  it('open problems, worse when one is past its due date', () => {
    expect(scoreProblems({ open: 0, overdue: 0 })).toMatchObject({ points: 15, reason: 'problems_none' });
    expect(scoreProblems({ open: 2, overdue: 0 })).toMatchObject({ points: 8, reason: 'problems_open' });
    expect(scoreProblems({ open: 3, overdue: 0 })).toMatchObject({ points: 0, reason: 'problems_many' });
    expect(scoreProblems({ open: 1, overdue: 1 })).toMatchObject({ points: 0, reason: 'problems_overdue' });
  });

  it('agreement status, with 60 days of expiring', () => {
    expect(agreementStanding([], '2026-03-20')).toEqual({ status: 'none', endsOn: null });
    expect(agreementStanding(['2026-05-19'], '2026-03-20')).toEqual({
      status: 'expiring',
      endsOn: '2026-05-19',
    });
    expect(agreementStanding(['2026-05-20'], '2026-03-20')).toEqual({
      status: 'active',
      endsOn: '2026-05-20',
    });
    expect(agreementStanding(['2026-03-19'], '2026-03-20')).toEqual({
      status: 'expired',
      endsOn: '2026-03-19',
    });
    expect(agreementStanding(['2026-03-19', '2027-01-01'], '2026-03-20').status).toBe('active');
    expect(scoreAgreement({ status: 'active', endsOn: '2027-01-01' }).points).toBe(15);
    expect(scoreAgreement({ status: 'expiring', endsOn: '2026-04-01' })).toMatchObject({
      points: 8,
      reason: 'agreement_expiring',
      values: { date: '2026-04-01' },
    });
    expect(scoreAgreement({ status: 'expired', endsOn: '2026-01-01' }).points).toBe(0);
    expect(scoreAgreement({ status: 'none', endsOn: null })).toMatchObject({
      points: 8,
      reason: 'agreement_none',
    });
  });

  it('delivery against plan: the worst deviation decides', () => {
    expect(scoreDelivery(null)).toMatchObject({ points: 10, reason: 'delivery_none' });
    expect(scoreDelivery([])).toMatchObject({ points: 20, reason: 'delivery_on_plan' });
    expect(scoreDelivery(['low', 'low'])).toMatchObject({ points: 14, reason: 'delivery_minor_deviations' });
    expect(scoreDelivery(['low', 'medium'])).toMatchObject({ points: 8, reason: 'delivery_deviations' });
    expect(scoreDelivery(['high', 'low'])).toMatchObject({
      points: 0,
      reason: 'delivery_serious_deviations',
    });
  });
});

describe('health score total and bands', () => {
  it('a partner looked after in every way scores 100, sehat', () => {
    const result = scoreHealth(healthy);
    expect(result.score).toBe(100);
    expect(result.band).toBe('healthy');
    expect(result.components.map((c) => c.component)).toEqual([
      'contact',
      'feedback',
      'problems',
      'agreement',
      'delivery',
    ]);
  });

  it('a fresh prospect contacted on time is sehat; the same prospect forgotten needs attention', () => {
    const prospect: HealthFacts = {
      ...healthy,
      satisfactionScores: [],
      agreement: { status: 'none', endsOn: null },
      deliveryDeviations: null,
    };
    expect(scoreHealth(prospect).score).toBe(30 + 10 + 15 + 8 + 10);
    const forgotten = scoreHealth({
      ...prospect,
      contact: { cadenceDays: 30, daysSinceContact: null, daysSinceMapped: 90 },
    });
    expect(forgotten.score).toBe(43);
    expect(forgotten.band).toBe('attention');
  });

  it('a running partner neglected, unhappy, with overdue problems and an expired agreement is kritis', () => {
    const result = scoreHealth({
      contact: { cadenceDays: 14, daysSinceContact: 60, daysSinceMapped: 400 },
      satisfactionScores: [2],
      problems: { open: 1, overdue: 1 },
      agreement: { status: 'expired', endsOn: '2026-01-01' },
      deliveryDeviations: ['medium'],
    });
    expect(result.score).toBe(0 + 5 + 0 + 0 + 8);
    expect(result.band).toBe('critical');
  });

  it('band edges: 70 sehat, 69 and 40 perlu perhatian, 39 kritis', () => {
    expect(healthBandOf(70)).toBe('healthy');
    expect(healthBandOf(69)).toBe('attention');
    expect(healthBandOf(40)).toBe('attention');
    expect(healthBandOf(39)).toBe('critical');
  });
});

import { describe, expect, it } from 'vitest';
import { findDeviations, type DeviationActivity, type DeviationPlanItem } from './deviation-rules';
import { localDateOf } from './local-date';

function item(overrides: Partial<DeviationPlanItem> = {}): DeviationPlanItem {
  return {
    id: 'item-1',
    activity: 'Pelatihan menjahit dasar',
    startsOn: '2026-03-01',
    endsOn: '2026-03-10',
    targetQuantity: 20,
    targetUnit: 'orang',
    responsibleParty: 'institution',
    // Contributions only in the contribution tests, so the other rules are seen alone.
    contributions: { institution: 0, partner: 0 },
    ...overrides,
  };
}

function activity(overrides: Partial<DeviationActivity> = {}): DeviationActivity {
  return {
    id: 'act-1',
    workPlanItemId: 'item-1',
    title: 'Pelatihan menjahit dasar angkatan 1',
    status: 'in_progress',
    startedOn: '2026-03-01',
    endedOn: null,
    actualQuantity: null,
    evidenceCount: 1,
    spent: { institution: 0, partner: 0 },
    ...overrides,
  };
}

const kinds = (today: string, items: DeviationPlanItem[], activities: DeviationActivity[]) =>
  findDeviations({ today, items, activities }).map((d) => d.kind);

describe('not_started', () => {
  it('is not raised on the start day, and is on the day after with one day late', () => {
    expect(kinds('2026-03-01', [item()], [])).toEqual([]);
    const [deviation] = findDeviations({ today: '2026-03-02', items: [item()], activities: [] });
    expect(deviation).toMatchObject({ kind: 'not_started', itemId: 'item-1', daysLate: 1, severity: 'low' });
  });

  it('is cleared by an activity in progress or done, not by a planned one', () => {
    expect(kinds('2026-03-05', [item()], [activity({ status: 'planned' })])).toEqual(['not_started']);
    expect(kinds('2026-03-05', [item()], [activity({ status: 'in_progress', actualQuantity: 10 })])).toEqual(
      [],
    );
  });

  it('grows in severity: 7 days low, 8 medium, 31 high', () => {
    const longItem = item({ endsOn: '2026-12-31' });
    const severityOn = (today: string) =>
      findDeviations({ today, items: [longItem], activities: [] })[0]?.severity;
    expect(severityOn('2026-03-08')).toBe('low');
    expect(severityOn('2026-03-09')).toBe('medium');
    expect(severityOn('2026-03-31')).toBe('medium');
    expect(severityOn('2026-04-01')).toBe('high');
  });
});

describe('overdue', () => {
  it('is raised the day after the end without a done activity, replacing not_started', () => {
    expect(kinds('2026-03-10', [item()], [])).toEqual(['not_started']);
    const [deviation] = findDeviations({ today: '2026-03-11', items: [item()], activities: [] });
    expect(deviation).toMatchObject({ kind: 'overdue', daysLate: 1 });
  });

  it('is cleared by a done activity', () => {
    const done = activity({ status: 'done', endedOn: '2026-03-10', actualQuantity: 20 });
    expect(kinds('2026-03-20', [item()], [done])).toEqual([]);
  });

  it('is not raised for a cancelled item (every activity of it cancelled); nothing else is either', () => {
    const cancelled = activity({ status: 'cancelled', spent: { institution: 0, partner: 0 } });
    expect(kinds('2026-04-20', [item()], [cancelled])).toEqual([]);
  });

  it('follows the institution’s day: due today in WITA is not overdue at 23:30 WITA, is at 00:10 next day', () => {
    const dueToday = item({ endsOn: '2026-03-10' });
    const running = activity({ actualQuantity: 20 });
    // 23:30 WITA (UTC+8) on 10 March is 15:30 UTC; 00:10 WITA on 11 March is 16:10 UTC the 10th.
    const lateEvening = localDateOf(new Date('2026-03-10T15:30:00Z'), 'WITA');
    const pastMidnight = localDateOf(new Date('2026-03-10T16:10:00Z'), 'WITA');
    expect(lateEvening).toBe('2026-03-10');
    expect(pastMidnight).toBe('2026-03-11');
    expect(kinds(lateEvening, [dueToday], [running])).toEqual([]);
    expect(kinds(pastMidnight, [dueToday], [running])).toEqual(['overdue']);
  });

  it('reads the same instant differently in WIB and WIT', () => {
    const instant = new Date('2026-03-10T16:30:00Z');
    const wib = localDateOf(instant, 'WIB');
    const wit = localDateOf(instant, 'WIT');
    expect([wib, wit]).toEqual(['2026-03-10', '2026-03-11']);
    const running = activity({ actualQuantity: 20 });
    expect(kinds(wib, [item()], [running])).toEqual([]);
    expect(kinds(wit, [item()], [running])).toEqual(['overdue']);
  });
});

describe('indicator_behind', () => {
  // Ten days, 20 people: two a day expected by the start of each day after the first.
  it('expects nothing on the first day and target × elapsed share afterwards', () => {
    expect(kinds('2026-03-01', [item()], [activity({ actualQuantity: 0 })])).toEqual([]);
    const [deviation] = findDeviations({
      today: '2026-03-06',
      items: [item()],
      activities: [activity({ actualQuantity: 7 })],
    });
    expect(deviation).toMatchObject({ kind: 'indicator_behind', expected: 10, actual: 7, severity: 'low' });
  });

  it('is not behind at exactly 80 % of expected, is just under it', () => {
    expect(kinds('2026-03-06', [item()], [activity({ actualQuantity: 8 })])).toEqual([]);
    expect(kinds('2026-03-06', [item()], [activity({ actualQuantity: 7.9 })])).toEqual(['indicator_behind']);
  });

  it('expects the full target after the end and sums the item’s activities, cancelled ones aside', () => {
    const activities = [
      activity({ id: 'a', status: 'done', endedOn: '2026-03-10', actualQuantity: 6 }),
      activity({ id: 'b', status: 'done', endedOn: '2026-03-10', actualQuantity: 3 }),
      activity({ id: 'c', status: 'cancelled', actualQuantity: 11 }),
    ];
    const [deviation] = findDeviations({ today: '2026-03-25', items: [item()], activities });
    expect(deviation).toMatchObject({ kind: 'indicator_behind', expected: 20, actual: 9, severity: 'high' });
  });

  it('rates the gap against the target: under a quarter low, under half medium, else high', () => {
    const severityWith = (actual: number) =>
      findDeviations({
        today: '2026-03-20',
        items: [item()],
        activities: [activity({ status: 'done', endedOn: '2026-03-10', actualQuantity: actual })],
      })[0]?.severity;
    expect(severityWith(15.5)).toBe('low');
    expect(severityWith(15)).toBe('medium');
    expect(severityWith(10.5)).toBe('medium');
    expect(severityWith(10)).toBe('high');
  });

  it('is left to not_started when nothing has begun', () => {
    expect(kinds('2026-03-06', [item()], [])).toEqual(['not_started']);
  });
});

describe('evidence_missing', () => {
  it('flags a done activity without evidence, planned or not, counting days since it ended', () => {
    const unplanned = activity({
      id: 'u',
      workPlanItemId: null,
      status: 'done',
      endedOn: '2026-03-01',
      evidenceCount: 0,
    });
    const [deviation] = findDeviations({ today: '2026-03-12', items: [], activities: [unplanned] });
    expect(deviation).toMatchObject({
      kind: 'evidence_missing',
      activityId: 'u',
      daysLate: 11,
      severity: 'medium',
    });
  });

  it('is cleared by one piece of evidence and ignores activities not done', () => {
    const done = activity({ status: 'done', endedOn: '2026-03-10', actualQuantity: 20, evidenceCount: 1 });
    const running = activity({ id: 'r', evidenceCount: 0, actualQuantity: 20 });
    expect(kinds('2026-03-11', [item()], [done, running])).toEqual([]);
  });
});

describe('contribution_behind', () => {
  const done = (spent: { institution: number; partner: number }) =>
    activity({ status: 'done', endedOn: '2026-03-10', actualQuantity: 20, spent });

  const funded = item({ contributions: { institution: 10_000_000, partner: 5_000_000 } });

  it('compares each party’s planned share of ended items with what its activities spent', () => {
    const found = findDeviations({
      today: '2026-03-11',
      items: [funded],
      activities: [done({ institution: 10_000_000, partner: 1_000_000 })],
    });
    expect(found).toEqual([
      expect.objectContaining({
        kind: 'contribution_behind',
        party: 'partner',
        plannedRupiah: 5_000_000,
        spentRupiah: 1_000_000,
        severity: 'high',
      }),
    ]);
  });

  it('is not behind at 80 % spent, and counts only items already ended', () => {
    expect(kinds('2026-03-11', [funded], [done({ institution: 8_000_000, partner: 4_000_000 })])).toEqual([]);
    expect(kinds('2026-03-10', [funded], [done({ institution: 0, partner: 0 })])).toEqual([]);
  });
});

describe('ordering', () => {
  it('puts high before low and, within a severity, the longest late first', () => {
    const items = [
      item({ id: 'early', startsOn: '2026-01-01', endsOn: '2026-12-31' }),
      item({ id: 'late', startsOn: '2026-03-01', endsOn: '2026-12-31' }),
      item({ id: 'recent', startsOn: '2026-03-25', endsOn: '2026-12-31' }),
    ];
    const found = findDeviations({ today: '2026-03-28', items, activities: [] });
    expect(found.map((d) => [d.itemId, d.severity, d.daysLate])).toEqual([
      ['early', 'high', 86],
      ['late', 'medium', 27],
      ['recent', 'low', 3],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { barChartSvg } from './bar-chart-svg';
import { planVsActual, type PlannedItem, type RecordedActivity } from './plan-vs-actual';

const item: PlannedItem = {
  id: 'item-1',
  activity: 'Pelatihan merajut tas',
  startsOn: '2026-03-02',
  endsOn: '2026-04-30',
  targetQuantity: 20,
  targetUnit: 'orang',
  budgetRupiah: 15_000_000,
  institutionContributionRupiah: 7_500_000,
  partnerContributionRupiah: 7_500_000,
};

function activity(overrides: Partial<RecordedActivity>): RecordedActivity {
  return {
    workPlanItemId: 'item-1',
    status: 'done',
    startedOn: null,
    endedOn: null,
    actualQuantity: null,
    institutionSpentRupiah: 0,
    partnerSpentRupiah: 0,
    ...overrides,
  };
}

describe('plan against actual', () => {
  it('sums the item’s activities, first start to last end, and leaves cancelled ones out', () => {
    const [row] = planVsActual(
      [item],
      [
        activity({
          startedOn: '2026-04-01',
          endedOn: '2026-05-08',
          actualQuantity: 0.2,
          partnerSpentRupiah: 500,
        }),
        activity({
          startedOn: '2026-03-02',
          endedOn: '2026-03-31',
          actualQuantity: 0.1,
          institutionSpentRupiah: 1000,
        }),
        activity({
          status: 'cancelled',
          startedOn: '2026-01-01',
          endedOn: '2026-12-31',
          actualQuantity: 100,
        }),
        activity({ workPlanItemId: 'other', actualQuantity: 7 }),
      ],
    );
    expect(row).toMatchObject({
      actualQuantity: 0.3,
      actualStartedOn: '2026-03-02',
      actualEndedOn: '2026-05-08',
      institutionSpentRupiah: 1000,
      partnerSpentRupiah: 500,
      activityCount: 2,
    });
  });

  it('says "not measured" (null), not zero, when no activity recorded a value', () => {
    expect(planVsActual([item], [activity({ actualQuantity: null })])[0]!.actualQuantity).toBeNull();
    expect(planVsActual([item], [])[0]).toMatchObject({
      actualQuantity: null,
      activityCount: 0,
      actualStartedOn: null,
    });
  });

  it('draws each bar labelled with its figure, markup in labels escaped', () => {
    const chart = barChartSvg(
      [
        { label: '<script>alert(1)</script>', target: 20, actual: 18.5 },
        { label: 'Penempatan', target: 5, actual: null },
      ],
      { target: 'Target', actual: 'Realisasi', notMeasured: 'belum diukur' },
      'id',
    );
    expect(chart.svg).toContain('>20</text>');
    expect(chart.svg).toContain('>18,5</text>');
    expect(chart.svg).toContain('>belum diukur</text>');
    expect(chart.svg).not.toContain('<script>');
    expect(chart.height).toBeGreaterThan(2 * 30);
  });

  it('draws the English chart with English words and the decimal point', () => {
    const chart = barChartSvg(
      [
        { label: 'Bag knitting training', target: 1250, actual: 18.5 },
        { label: 'Placement', target: 5, actual: null },
      ],
      { target: 'Target', actual: 'Actual', notMeasured: 'not measured' },
      'en',
    );
    expect(chart.svg).toContain('>1,250</text>');
    expect(chart.svg).toContain('>18.5</text>');
    expect(chart.svg).toContain('>Actual</text>');
    expect(chart.svg).toContain('>not measured</text>');
    expect(chart.svg).not.toContain('Realisasi');
  });
});

import { describe, expect, it } from 'vitest';
import { activityReferenceDate, activityTimeliness } from './activity-timeliness';

const today = '2026-11-29';

describe('activityTimeliness', () => {
  it('classifies done activities against their planned end, the day itself on time', () => {
    expect(
      activityTimeliness({ status: 'done', endedOn: '2026-05-31', plannedEnd: '2026-05-31' }, today),
    ).toBe('on_time');
    expect(
      activityTimeliness({ status: 'done', endedOn: '2026-06-01', plannedEnd: '2026-05-31' }, today),
    ).toBe('late');
    expect(activityTimeliness({ status: 'done', endedOn: '2026-06-01', plannedEnd: null }, today)).toBe(
      'unplanned',
    );
    expect(activityTimeliness({ status: 'done', endedOn: null, plannedEnd: '2026-05-31' }, today)).toBeNull();
  });

  it('marks open activities overdue only after their planned end, and never a cancelled one', () => {
    expect(
      activityTimeliness({ status: 'in_progress', endedOn: null, plannedEnd: '2026-11-28' }, today),
    ).toBe('overdue');
    expect(activityTimeliness({ status: 'planned', endedOn: null, plannedEnd: today }, today)).toBeNull();
    expect(activityTimeliness({ status: 'planned', endedOn: null, plannedEnd: null }, today)).toBeNull();
    expect(
      activityTimeliness({ status: 'cancelled', endedOn: null, plannedEnd: '2026-01-01' }, today),
    ).toBeNull();
  });

  it('places an activity in a period by its end when done, otherwise by its planned end', () => {
    expect(activityReferenceDate({ status: 'done', endedOn: '2026-03-02', plannedEnd: '2026-02-28' })).toBe(
      '2026-03-02',
    );
    expect(activityReferenceDate({ status: 'planned', endedOn: null, plannedEnd: '2026-02-28' })).toBe(
      '2026-02-28',
    );
    expect(
      activityReferenceDate({ status: 'cancelled', endedOn: '2026-03-02', plannedEnd: null }),
    ).toBeNull();
  });
});

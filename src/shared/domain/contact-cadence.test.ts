import { describe, expect, it } from 'vitest';
import {
  cadenceStageGroup,
  defaultCadence,
  defaultCadenceDays,
  effectiveCadence,
  maxCadenceDays,
  nextContactDue,
} from './contact-cadence';

describe('contact cadence defaults', () => {
  it('a running partnership is fortnightly, exploration weekly to fortnightly, a prospect monthly to bimonthly, ended quarterly', () => {
    expect(defaultCadence('business', 'implementation')).toBe(14);
    expect(defaultCadence('business', 'exploration')).toBe(7);
    expect(defaultCadence('government', 'exploration')).toBe(14);
    expect(defaultCadence('business', null)).toBe(30);
    expect(defaultCadence('government', 'mapping')).toBe(60);
    expect(defaultCadence('cooperative', 'ended')).toBe(90);
    expect(defaultCadence('custom:sanggar', 'follow_up')).toBe(14);
    for (const byGroup of Object.values(defaultCadenceDays)) {
      expect(byGroup.prospect).toBeGreaterThanOrEqual(30);
      expect(byGroup.prospect).toBeLessThanOrEqual(60);
      expect(byGroup.exploration).toBeGreaterThanOrEqual(7);
      expect(byGroup.exploration).toBeLessThanOrEqual(14);
      expect(byGroup.ended).toBeLessThanOrEqual(maxCadenceDays);
    }
  });

  it('groups the stages and lets the partner override the default', () => {
    expect(cadenceStageGroup('signing')).toBe('exploration');
    expect(cadenceStageGroup('not_pursued')).toBe('ended');
    expect(cadenceStageGroup(null)).toBe('prospect');
    expect(effectiveCadence('business', 'implementation', null)).toEqual({
      days: 14,
      defaultDays: 14,
      overrideDays: null,
      stageGroup: 'running',
    });
    expect(effectiveCadence('business', 'implementation', 5).days).toBe(5);
  });
});

describe('next contact due, in the institution zone', () => {
  it('counts from the local day of the last contact', () => {
    const now = new Date('2026-03-20T03:00:00Z'); // 10:00 WIB, 11:00 WITA, 12:00 WIT on 20 March
    expect(nextContactDue('2026-03-06T02:00:00Z', 14, 'WIB', now)).toEqual({
      lastContactOn: '2026-03-06',
      dueOn: '2026-03-20',
      daysOverdue: 0,
      daysSince: 14,
    });
  });

  it('a contact late in the evening UTC is already the next day locally', () => {
    const now = new Date('2026-03-20T03:00:00Z');
    // 18:30 UTC on 5 March is 01:30 WIB, 02:30 WITA, 03:30 WIT on 6 March
    for (const zone of ['WIB', 'WITA', 'WIT'] as const) {
      const due = nextContactDue('2026-03-05T18:30:00Z', 14, zone, now);
      expect(due.lastContactOn).toBe('2026-03-06');
      expect(due.dueOn).toBe('2026-03-20');
      expect(due.daysOverdue).toBe(0);
    }
    // 16:30 UTC is 23:30 WIB (still the 5th) but 00:30 WITA and 01:30 WIT (the 6th)
    expect(nextContactDue('2026-03-05T16:30:00Z', 14, 'WIB', now).dueOn).toBe('2026-03-19');
    expect(nextContactDue('2026-03-05T16:30:00Z', 14, 'WIB', now).daysOverdue).toBe(1);
    expect(nextContactDue('2026-03-05T16:30:00Z', 14, 'WITA', now).dueOn).toBe('2026-03-20');
  });

  it('today also moves with the zone: 16:30 UTC is the next day in WITA and WIT but not in WIB', () => {
    const now = new Date('2026-03-19T16:30:00Z');
    const last = '2026-03-05T04:00:00Z';
    expect(nextContactDue(last, 14, 'WIB', now).daysOverdue).toBe(0); // still 19 March in WIB, the day it is due
    expect(nextContactDue(last, 14, 'WITA', now).daysOverdue).toBe(1); // already 20 March
    expect(nextContactDue(last, 14, 'WIT', now).daysOverdue).toBe(1);
  });

  it('crosses month ends, a leap-free February and the year end', () => {
    const now = new Date('2026-03-02T05:00:00Z');
    expect(nextContactDue('2026-01-31T05:00:00Z', 30, 'WITA', now)).toMatchObject({
      dueOn: '2026-03-02',
      daysOverdue: 0,
    });
    expect(nextContactDue('2026-02-14T05:00:00Z', 14, 'WIT', now)).toMatchObject({
      dueOn: '2026-02-28',
      daysOverdue: 2,
    });
    // 31 December 20:00 UTC is already 1 January in WIT
    expect(nextContactDue('2025-12-31T20:00:00Z', 60, 'WIT', now)).toMatchObject({
      lastContactOn: '2026-01-01',
      dueOn: '2026-03-02',
    });
  });

  it('never contacted: counts from the day the partner was mapped, or is due today', () => {
    const now = new Date('2026-03-20T03:00:00Z');
    expect(nextContactDue(null, 30, 'WITA', now, '2026-01-10T01:00:00Z')).toEqual({
      lastContactOn: null,
      dueOn: '2026-02-09',
      daysOverdue: 39,
      daysSince: 69,
    });
    expect(nextContactDue(null, 30, 'WITA', now)).toEqual({
      lastContactOn: null,
      dueOn: '2026-03-20',
      daysOverdue: 0,
      daysSince: 0,
    });
  });
});

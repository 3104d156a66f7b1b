import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/database';
import { coalesceRollupRefresh } from './coalesce-rollup-refresh';

/** A refresh the test finishes by hand, recording which audit sequence it read when it started. */
function controlledRefreshes(readSequence: () => number) {
  const started: { read: number; finish: () => void; fail: (e: Error) => void }[] = [];
  const refresh = (onSequenceRead: (read: number) => void) =>
    new Promise<void>((resolve, reject) => {
      const read = readSequence();
      onSequenceRead(read);
      started.push({ read, finish: resolve, fail: reject });
    });
  return { started, refresh };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const seen = (sequence: number, day = '2026-11-29') => ({ sequence, day });

describe('coalesceRollupRefresh', () => {
  it('lets callers whose writes the running refresh read wait for it instead of starting another', async () => {
    const db = {} as Db;
    const { started, refresh } = controlledRefreshes(() => 7);
    const first = coalesceRollupRefresh(db, 'i1', seen(7), refresh);
    const second = coalesceRollupRefresh(db, 'i1', seen(7), refresh);
    const third = coalesceRollupRefresh(db, 'i1', seen(5), refresh);
    expect(started).toHaveLength(1);
    started[0]!.finish();
    await Promise.all([first, second, third]);
    expect(started).toHaveLength(1);
  });

  it('queues one refresh behind the running one for every later write, shared by all who arrive meanwhile', async () => {
    const db = {} as Db;
    let sequence = 3;
    const { started, refresh } = controlledRefreshes(() => sequence);
    const first = coalesceRollupRefresh(db, 'i1', seen(3), refresh);
    sequence = 4;
    let laterDone = 0;
    const later = [4, 4, 4, 4].map((s) =>
      coalesceRollupRefresh(db, 'i1', seen(s), refresh).then(() => {
        laterDone += 1;
      }),
    );
    expect(started).toHaveLength(1);
    started[0]!.finish();
    await first;
    await settle();
    expect(laterDone).toBe(0);
    expect(started).toHaveLength(2);
    expect(started[1]!.read).toBe(4);
    started[1]!.finish();
    await Promise.all(later);
    expect(laterDone).toBe(4);
    expect(started).toHaveLength(2);
  });

  it('never joins another institution or another database, and a caller without a sequence gets a new refresh', async () => {
    const db = {} as Db;
    const otherDb = {} as Db;
    const { started, refresh } = controlledRefreshes(() => 9);
    const calls = [
      coalesceRollupRefresh(db, 'i1', seen(9), refresh),
      coalesceRollupRefresh(db, 'i2', seen(9), refresh),
      coalesceRollupRefresh(otherDb, 'i1', seen(9), refresh),
    ];
    expect(started).toHaveLength(3);
    const fresh = coalesceRollupRefresh(db, 'i1', null, refresh);
    for (const s of started) s.finish();
    await Promise.all(calls);
    await settle();
    expect(started).toHaveLength(4);
    started[3]!.finish();
    await fresh;
  });

  it('passes a failure to the callers of that refresh and runs the queued one anyway', async () => {
    const db = {} as Db;
    let sequence = 1;
    const { started, refresh } = controlledRefreshes(() => sequence);
    const first = coalesceRollupRefresh(db, 'i1', seen(1), refresh);
    const joined = coalesceRollupRefresh(db, 'i1', seen(1), refresh);
    sequence = 2;
    const queued = coalesceRollupRefresh(db, 'i1', seen(2), refresh);
    started[0]!.fail(new Error('database gone'));
    await expect(first).rejects.toThrow('database gone');
    await expect(joined).rejects.toThrow('database gone');
    await settle();
    expect(started).toHaveLength(2);
    started[1]!.finish();
    await queued;
    // What the finished refresh read is settled: a caller who saw no more needs no recompute.
    await coalesceRollupRefresh(db, 'i1', seen(2), refresh);
    expect(started).toHaveLength(2);
    sequence = 3;
    const next = coalesceRollupRefresh(db, 'i1', seen(3), refresh);
    expect(started).toHaveLength(3);
    started[2]!.finish();
    await next;
  });

  it('settles nothing across a local day: the first caller of a new day gets a new recompute', async () => {
    const db = {} as Db;
    const { started, refresh } = controlledRefreshes(() => 5);
    const before = coalesceRollupRefresh(db, 'i1', seen(5, '2026-11-29'), refresh);
    // Midnight while it runs: figures of yesterday do not answer for today.
    const after = coalesceRollupRefresh(db, 'i1', seen(5, '2026-11-30'), refresh);
    started[0]!.finish();
    await before;
    await settle();
    expect(started).toHaveLength(2);
    started[1]!.finish();
    await after;
    await coalesceRollupRefresh(db, 'i1', seen(5, '2026-11-30'), refresh);
    expect(started).toHaveLength(2);
  });
});

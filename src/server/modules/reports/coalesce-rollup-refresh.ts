import type { Db } from '../../db/database';

/** What a caller has seen of the institution: its audit sequence and its local day. */
export interface SeenState {
  sequence: number;
  day: string;
}

interface Flight {
  /** The audit sequence this refresh's figures will include at least. */
  covers: number;
  /** The lane's day when it started: figures computed for another day cover nothing today. */
  day: string | null;
  done: Promise<void>;
}

interface Lane {
  day: string | null;
  /** The highest sequence a finished refresh of `day` included. */
  settled: number;
  running?: Flight;
  queued?: Promise<void>;
}

// Per database, so two apps in one process (the tests) never share a lane. One small entry per
// institution a process has refreshed.
const lanesByDb = new WeakMap<Db, Map<string, Lane>>();

function laneOf(db: Db, institutionId: string, day: string | null): Lane {
  let lanes = lanesByDb.get(db);
  if (!lanes) {
    lanes = new Map();
    lanesByDb.set(db, lanes);
  }
  let lane = lanes.get(institutionId);
  if (!lane) {
    lane = { day, settled: -1 };
    lanes.set(institutionId, lane);
  }
  if (day !== null && lane.day !== day) {
    // A new local day: nothing computed before it counts, not even a refresh still running.
    lane.day = day;
    lane.settled = -1;
  }
  return lane;
}

/**
 * Runs `refresh` for the institution unless this process already has figures that include what the
 * caller saw (`seen`; null: only a refresh that starts from now will do): a finished refresh of the
 * same day, or a running one the caller then waits for. Otherwise at most one more is queued behind
 * the running one, shared by every caller that arrives meanwhile (it reads the audit log when it
 * starts, so it includes them all). Under steady writes N dashboard reads cost two recomputes, not N
 * queued on the roll-up state's row lock, and each reader still sees every change made before it
 * asked.
 */
export function coalesceRollupRefresh(
  db: Db,
  institutionId: string,
  seen: SeenState | null,
  refresh: (onSequenceRead: (read: number) => void) => Promise<void>,
): Promise<void> {
  const lane = laneOf(db, institutionId, seen?.day ?? null);
  if (seen !== null) {
    if (lane.settled >= seen.sequence) return Promise.resolve();
    const running = lane.running;
    if (running && running.day === lane.day && running.covers >= seen.sequence) return running.done;
  }
  if (lane.queued) return lane.queued;

  const start = (): Promise<void> => {
    const flight: Flight = { covers: seen?.sequence ?? -1, day: lane.day, done: Promise.resolve() };
    flight.done = refresh((read) => {
      flight.covers = Math.max(flight.covers, read);
    })
      .then(() => {
        if (flight.day === lane.day) lane.settled = Math.max(lane.settled, flight.covers);
      })
      .finally(() => {
        if (lane.running === flight) lane.running = undefined;
      });
    lane.running = flight;
    return flight.done;
  };

  if (!lane.running) return start();
  const queued = lane.running.done
    .catch(() => undefined)
    .then(() => {
      lane.queued = undefined;
      return start();
    });
  lane.queued = queued;
  return queued;
}

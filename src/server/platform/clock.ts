/** Time comes from here so tests can move it (throttling, session timeouts, link expiry). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export class FakeClock implements Clock {
  constructor(private current: Date = new Date('2026-03-20T02:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  set(moment: Date): void {
    this.current = new Date(moment);
  }
  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}

export function isoNow(clock: Clock): string {
  return clock.now().toISOString();
}

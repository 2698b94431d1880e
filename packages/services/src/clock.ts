/** Where services get the time from: the system clock in production, a movable one in tests. */
export type Clock = () => Date;

/** The real time. */
export const systemClock: Clock = () => new Date();

/** A clock that stands still until moved: for tests of expiry. */
export function manualClock(start: Date | string = '2030-01-01T00:00:00.000Z'): Clock & {
  /** Moves time forward by this many milliseconds. */
  advance(ms: number): void;
} {
  let now = new Date(start).getTime();
  const clock = (() => new Date(now)) as Clock & { advance(ms: number): void };
  clock.advance = (ms: number) => {
    now += ms;
  };
  return clock;
}

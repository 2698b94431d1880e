import { frameworkRepository, type Executor } from '@frontrunner/db';

/** What claims and budget splits are checked against: target codes and indicator listings. */
export interface FrameworkLookup {
  targets: ReadonlySet<string>;
  /** Indicator listing number (`13.1.1`) → indicator id (UNSD code). */
  indicatorIdOf: (indicatorNumber: string) => string | undefined;
}

/** Loads the target codes and indicator listings of the framework. */
export async function loadFrameworkLookup(db: Executor): Promise<FrameworkLookup> {
  const targets = new Set((await frameworkRepository.listTargets(db)).map((t) => t.code));
  const links = await frameworkRepository.listIndicatorLinks(db, {});
  const ids = new Map(links.map((l) => [l.code, l.indicator_id]));
  return { targets, indicatorIdOf: (n) => ids.get(n) };
}

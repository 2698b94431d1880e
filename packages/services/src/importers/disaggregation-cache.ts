import { disaggregationKey, type Disaggregation } from '@frontrunner/domain';

/**
 * Disaggregations read from a file, shared: rows with the same disaggregation text get the same
 * frozen object, and its canonical key (see `disaggregationKey`) is computed once. A file has
 * few distinct disaggregations, so this saves a parse and a sort per row; the cache is emptied
 * if a file has more than `limit`, which bounds memory.
 */
export class DisaggregationCache {
  private readonly byText = new Map<string, Disaggregation>();
  private readonly keys = new WeakMap<Disaggregation, string>();

  constructor(private readonly limit = 10_000) {}

  /** The shared disaggregation for a text, built by `build` the first time. */
  get(text: string, build: () => Disaggregation | undefined): Disaggregation | undefined {
    const known = this.byText.get(text);
    if (known !== undefined) return known;
    const built = build();
    if (built === undefined) return undefined;
    if (this.byText.size >= this.limit) this.byText.clear();
    const frozen = Object.freeze({ ...built });
    this.byText.set(text, frozen);
    return frozen;
  }

  /** The canonical key of a disaggregation, remembered for shared objects. */
  key(disaggregation: Disaggregation): string {
    let key = this.keys.get(disaggregation);
    if (key === undefined) {
      key = disaggregationKey(disaggregation);
      this.keys.set(disaggregation, key);
    }
    return key;
  }
}

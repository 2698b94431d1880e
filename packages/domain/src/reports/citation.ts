/**
 * Citations: every number in a report carries one, pointing at the observation (and its version)
 * it came from, so the web page can link to it and the PDF can cite it in the statistical annex.
 */

/** Where one number of a report comes from. */
export interface Citation {
  /** Observation id. */
  readonly observationId: string;
  /** Version of the observation that was approved when the report was assembled. */
  readonly version: number;
  /** Series code, e.g. `EN_ATM_PM25`. */
  readonly series: string;
  /** Who published the value (the observation's source, else the series' source), or null. */
  readonly source: string | null;
  readonly year: number;
  /** The value, in the series' unit. */
  readonly value: number;
  readonly unit: string;
  /** Whose value it is: a city slug or a country ISO3. */
  readonly area: string;
}

/** A citation with its footnote number (1-based, in order of first use). */
export interface NumberedCitation extends Citation {
  readonly number: number;
}

/**
 * Numbers citations in order of first use; citing the same observation version twice gives the
 * same number. The annex lists `all()` in number order.
 * @example const notes = new CitationRegister(); notes.cite(c) // 1
 */
export class CitationRegister {
  readonly #byKey = new Map<string, NumberedCitation>();

  /** The footnote number of a citation, registering it on first use. */
  cite(citation: Citation): number {
    const key = `${citation.observationId}@${citation.version}`;
    const known = this.#byKey.get(key);
    if (known) return known.number;
    const numbered = { ...citation, number: this.#byKey.size + 1 };
    this.#byKey.set(key, numbered);
    return numbered.number;
  }

  /** Every citation, in footnote order. */
  all(): NumberedCitation[] {
    return [...this.#byKey.values()];
  }
}

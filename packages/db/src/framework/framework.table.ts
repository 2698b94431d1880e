/** A Sustainable Development Goal (17 rows). */
export interface GoalTable {
  /** 1–17 */
  number: number;
  /** Official long title, English. */
  title: string;
  /** Official short title, English ("No poverty"). */
  short_title: string;
  /** Official UN colour, `#RRGGBB`. */
  colour: string;
}

/** An SDG target (169 rows), code like `11.6` or `11.a`. */
export interface TargetTable {
  code: string;
  goal: number;
  /** Exact 2023 text, English. */
  title: string;
  /** Order within the framework, as the UN lists it. */
  position: number;
}

/** A global SDG indicator, once, however many targets it is repeated under. */
export interface IndicatorTable {
  /** UNSD code, e.g. `C200303`: the identity of a repeated indicator. */
  id: string;
  /** The first number it is listed under, e.g. `1.5.1`. */
  code: string;
  title: string;
  position: number;
}

/** Links an indicator to each target it is listed under, with the number it has there. */
export interface IndicatorTargetTable {
  indicator_id: string;
  target_code: string;
  /** The indicator's number under this target, e.g. `13.1.1`; unique. */
  code: string;
  position: number;
}

/** Translated titles, joined on codes; English lives on the entity itself. */
export interface TranslationTable {
  entity: 'goal' | 'target' | 'indicator';
  /** Goal number, target code or indicator id, as text. */
  entity_key: string;
  field: 'title' | 'short';
  lang: string;
  text: string;
}

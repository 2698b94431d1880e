import type { SearchQuery } from '@frontrunner/domain';

/**
 * An FTS5 MATCH expression: every term (AND), any form of a term (OR); words quoted so that
 * nothing a user types is read as FTS5 syntax.
 * @example fts5Match({ terms: [{ word: 'bank', prefix: true, variants: [] }] }) // '("bank"*)'
 */
export function fts5Match(query: SearchQuery): string {
  const quote = (w: string) => `"${w.replace(/"/g, '""')}"`;
  return query.terms
    .map((t) => {
      const forms = [t.prefix ? `${quote(t.word)}*` : quote(t.word), ...t.variants.map(quote)];
      return `(${forms.join(' OR ')})`;
    })
    .join(' AND ');
}

/**
 * A PostgreSQL tsquery text for `to_tsquery('simple', …)`, with the same meaning as
 * {@link fts5Match}; lexemes are quoted so that operators typed by a user stay words.
 * @example tsQuery({ terms: [{ word: 'bank', prefix: true, variants: [] }] }) // "('bank':*)"
 */
export function tsQuery(query: SearchQuery): string {
  const quote = (w: string) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  return query.terms
    .map((t) => {
      const forms = [t.prefix ? `${quote(t.word)}:*` : quote(t.word), ...t.variants.map(quote)];
      return `(${forms.join(' | ')})`;
    })
    .join(' & ');
}

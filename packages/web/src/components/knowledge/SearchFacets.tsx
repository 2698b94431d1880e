import { useTranslation } from 'react-i18next';
import type { FacetCount } from '../../api/knowledge-types.ts';
import {
  searchFacets,
  type KnowledgeSearch,
  type SearchFacet,
} from '../../routes/knowledge-search.ts';

/** Props of the facet filters. */
export interface SearchFacetsProps {
  readonly facets: Readonly<Record<string, readonly FacetCount[]>>;
  readonly search: KnowledgeSearch;
  readonly onChange: (facet: SearchFacet, value: string | undefined) => void;
}

/** One select per facet, each option with how many matches it has. */
export function SearchFacets({ facets, search, onChange }: SearchFacetsProps) {
  const { t } = useTranslation();
  const label = (facet: SearchFacet, value: string) => {
    if (facet === 'kind') return t(`knowledge.search.kinds.${value as 'case'}`);
    if (facet === 'goal') return t('knowledge.search.goal', { goal: value });
    if (facet === 'theme')
      return t(`projects.themes.${value}` as 'projects.title', { defaultValue: value });
    return value;
  };
  return (
    <div
      className="project-filters search-facets"
      role="group"
      aria-label={t('knowledge.search.facetsLabel')}
    >
      {searchFacets.map((facet) => {
        const counts = facets[facet] ?? [];
        const current = search[facet]?.toString();
        if (counts.length === 0 && current === undefined) return null;
        return (
          <div className="field" key={facet}>
            <label htmlFor={`facet-${facet}`}>{t(`knowledge.search.facets.${facet}`)}</label>
            <select
              id={`facet-${facet}`}
              value={current ?? ''}
              onChange={(event) => onChange(facet, event.target.value || undefined)}
            >
              <option value="">{t('knowledge.search.any')}</option>
              {current !== undefined && !counts.some((c) => c.value === current) && (
                <option value={current}>{label(facet, current)}</option>
              )}
              {counts.map(({ value, count }) => (
                <option key={value} value={value}>
                  {t('knowledge.search.option', { label: label(facet, value), count })}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../api/knowledge-types.ts';
import { mergeFragments } from '../../lib/snippet.ts';
import { SearchHitLink } from './SearchHitLink.tsx';

/** One search result: its kind, title (linked to its page) and why it matched, highlighted. */
export function SearchHitItem({ hit }: { readonly hit: SearchHit }) {
  const { t } = useTranslation();
  const words = hit.why.terms.join(', ');
  return (
    <li className="search-hit">
      <p className="search-hit__meta">
        <span className="project-tag">{t(`knowledge.search.kinds.${hit.kind}`)}</span>
        {hit.country && <span>{hit.country}</span>}
        {hit.goals.length > 0 && (
          <span>{hit.goals.map((goal) => t('knowledge.search.goal', { goal })).join(' · ')}</span>
        )}
      </p>
      <h2 className="search-hit__title" lang={hit.lang}>
        <SearchHitLink path={hit.path}>{hit.title}</SearchHitLink>
      </h2>
      {words && (
        <p className="small muted search-hit__why">{t('knowledge.search.matched', { words })}</p>
      )}
      {hit.why.fields
        .filter((field) => field.field === 'body')
        .map((field, index) => (
          <p key={index} className="search-hit__snippet" lang={hit.lang}>
            {mergeFragments(field.snippet).map((fragment, i) =>
              fragment.match ? <mark key={i}>{fragment.text}</mark> : fragment.text,
            )}
          </p>
        ))}
    </li>
  );
}

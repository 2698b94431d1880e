import { useTranslation } from 'react-i18next';
import type { CuratedLink, NetworkEdge, NetworkNode } from '../../api/interlinkages-types.ts';
import type { LinkEnds } from '../../lib/interlinkage-data.ts';

/** The target links behind a matrix cell, each opening its evidence. */
export function PairLinks({
  edges,
  format,
  onSelect,
}: {
  readonly edges: readonly NetworkEdge[];
  readonly format: (n: number) => string;
  readonly onSelect: (link: LinkEnds) => void;
}) {
  const { t } = useTranslation();
  return (
    <ul className="link-list">
      {edges.map((e) => (
        <li key={`${e.a}-${e.b}`}>
          <button type="button" onClick={() => onSelect({ a: e.a, b: e.b })}>
            {t('interlinkages.edgeTooltip', {
              a: e.a,
              b: e.b,
              kind: e.kind === 'synergy' ? t('interlinkages.synergy') : t('interlinkages.tradeOff'),
              rho: format(e.rho),
            })}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The most central targets, ranked. */
export function CentralTargets({
  nodes,
  format,
}: {
  readonly nodes: readonly NetworkNode[];
  readonly format: (n: number) => string;
}) {
  const { t } = useTranslation();
  return (
    <ol>
      {nodes.map((n) => (
        <li key={n.target}>
          {t('interlinkages.centralItem', {
            target: n.target,
            degree: n.degree,
            centrality: format(n.eigenvector),
          })}
        </li>
      ))}
    </ol>
  );
}

/** Curated links from the literature, labelled and kept apart from the data. */
export function CuratedLinks({ links }: { readonly links: readonly CuratedLink[] }) {
  const { t } = useTranslation();
  if (links.length === 0) return <p>{t('interlinkages.noCurated')}</p>;
  return (
    <ul>
      {links.map((link) => (
        <li key={link.id}>
          <span className="link-tag">{t('interlinkages.curated')}</span>{' '}
          <strong>
            {link.a} – {link.b}
          </strong>{' '}
          ({link.kind === 'synergy' ? t('interlinkages.synergy') : t('interlinkages.tradeOff')}):{' '}
          {link.citation}
          {link.note && <div className="score-small">{link.note}</div>}
        </li>
      ))}
    </ul>
  );
}

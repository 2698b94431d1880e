import { circleMarker, featureGroup, type Map as LeafletMap } from 'leaflet';
import { useEffect, useEffectEvent } from 'react';
import type { PortfolioItem } from '../../api/projects-types.ts';

/** A tooltip body built as text, never as HTML: titles come from data. */
function tooltipContent(title: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = title;
  return span;
}

/** Draws one point per located project; a click calls `onSelect` with the project id. */
export function useProjectPointsLayer(
  map: LeafletMap | undefined,
  items: readonly PortfolioItem[] | undefined,
  onSelect: (id: string) => void,
): void {
  const select = useEffectEvent((id: string) => onSelect(id));
  useEffect(() => {
    if (!map || !items) return;
    const group = featureGroup();
    for (const { project } of items) {
      if (!project.location) continue;
      circleMarker([project.location.latitude, project.location.longitude], {
        radius: 7,
        color: '#ffffff',
        weight: 1.5,
        fillColor: '#0b6e4f',
        fillOpacity: 0.95,
      })
        .bindTooltip(tooltipContent(project.title), { direction: 'top' })
        .on('click', () => select(project.id))
        .addTo(group);
    }
    group.addTo(map);
    const bounds = group.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 9 });
    return () => void group.remove();
  }, [map, items]);
}

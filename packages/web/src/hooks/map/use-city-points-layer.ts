import { circleMarker, featureGroup, type LatLngExpression, type Map as LeafletMap } from 'leaflet';
import { useEffect, useEffectEvent } from 'react';
import type { CityPointProperties, CityPoints, CityStage } from '../../api/types.ts';
import { pointRadius, stageColours } from '../../lib/map-style.ts';

/** Options of the city point layer. */
export interface CityPointsLayerOptions {
  /** Show only cities at this stage. */
  readonly stage?: CityStage;
  /** Called with the slug of a clicked point. */
  readonly onSelect?: (slug: string) => void;
}

/** Cities in the programme are drawn last, on top of the others. */
const drawOrder: Readonly<Record<CityStage, number>> = {
  none: 0,
  candidate: 1,
  model_city: 2,
  frontrunner: 3,
};

/** A tooltip body built as text, never as HTML: city names come from data. */
function tooltipContent(city: CityPointProperties): HTMLElement {
  const span = document.createElement('span');
  span.textContent = city.name;
  return span;
}

/** Draws one circle per city, coloured by stage and sized by population. */
export function useCityPointsLayer(
  map: LeafletMap | undefined,
  points: CityPoints | undefined,
  { stage, onSelect }: CityPointsLayerOptions = {},
): void {
  const select = useEffectEvent((slug: string) => onSelect?.(slug));

  useEffect(() => {
    if (!map || !points) return;
    const group = featureGroup();
    const cities = points.features
      .filter((feature) => stage === undefined || feature.properties.stage === stage)
      .sort((a, b) => drawOrder[a.properties.stage] - drawOrder[b.properties.stage]);
    for (const { geometry, properties } of cities) {
      const [longitude, latitude] = geometry.coordinates;
      if (longitude === undefined || latitude === undefined) continue;
      const position: LatLngExpression = [latitude, longitude];
      circleMarker(position, {
        radius: pointRadius(properties.population),
        color: '#ffffff',
        weight: 1,
        fillColor: stageColours[properties.stage],
        fillOpacity: properties.stage === 'none' ? 0.65 : 0.95,
      })
        .bindTooltip(tooltipContent(properties), { direction: 'top' })
        .on('click', () => select(properties.slug))
        .addTo(group);
    }
    group.addTo(map);
    return () => void group.remove();
  }, [map, points, stage]);
}

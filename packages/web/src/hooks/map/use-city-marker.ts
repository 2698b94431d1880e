import { circleMarker, type Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import type { City } from '../../api/types.ts';
import { stageColours } from '../../lib/map-style.ts';

/** Zoom level used until the country outline arrives to frame the map. */
const initialZoom = 6;

/**
 * Centres the map on one city and marks it with its name. Call it before a hook that frames
 * the map otherwise (effects run in order), so that framing wins once its data arrives.
 */
export function useCityMarker(
  map: LeafletMap | undefined,
  city: Pick<City, 'name' | 'latitude' | 'longitude' | 'stage'>,
): void {
  const { name, latitude, longitude, stage } = city;
  useEffect(() => {
    if (!map) return;
    map.setView([latitude, longitude], initialZoom);
    const label = document.createElement('span');
    label.textContent = name;
    const marker = circleMarker([latitude, longitude], {
      radius: 8,
      color: '#1b1f24',
      weight: 2,
      fillColor: stageColours[stage],
      fillOpacity: 1,
      interactive: false,
    })
      .bindTooltip(label, { permanent: true, direction: 'right', offset: [8, 0] })
      .addTo(map);
    return () => void marker.remove();
  }, [map, name, latitude, longitude, stage]);
}

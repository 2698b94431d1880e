import { map as createMap, type Map as LeafletMap } from 'leaflet';
import { useCallback, useState } from 'react';

/** A Leaflet map and the ref that mounts it on a container element. */
export interface LeafletMapHandle {
  /** Put on the container `<div>`; the map lives as long as the element does. */
  readonly ref: (element: HTMLDivElement | null) => (() => void) | undefined;
  /** The map once mounted. */
  readonly map: LeafletMap | undefined;
}

/**
 * Mounts a Leaflet map without a tile layer (the strict CSP allows no tile server; outlines
 * are drawn from GeoJSON instead). Points stay SVG paths, one element a city, so that they
 * can be inspected and tested like the rest of the page.
 */
export function useLeafletMap(): LeafletMapHandle {
  const [map, setMap] = useState<LeafletMap>();
  const ref = useCallback((element: HTMLDivElement | null) => {
    if (element === null) return undefined;
    const created = createMap(element, {
      attributionControl: false,
      zoomControl: false,
      zoomSnap: 0.25,
      minZoom: 3,
      maxZoom: 12,
      worldCopyJump: false,
    });
    setMap(created);
    return () => {
      created.remove();
      setMap(undefined);
    };
  }, []);
  return { ref, map };
}

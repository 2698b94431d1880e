import { geoJSON, Polygon, type Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo } from 'react';
import type { CountryOutlines } from '../../api/types.ts';
import { outlineStyle } from '../../lib/map-style.ts';

/** Options of the outline layer. */
export interface OutlinesLayerOptions {
  /** ISO3 of the country to highlight (and zoom to, with `fit`). */
  readonly selected?: string;
  /** Frame the map on the selected country, or on all outlines, whenever it changes. */
  readonly fit?: boolean;
}

/** Draws country outlines under everything else, highlighting the selected country. */
export function useOutlinesLayer(
  map: LeafletMap | undefined,
  outlines: CountryOutlines | undefined,
  { selected, fit = false }: OutlinesLayerOptions = {},
): void {
  const layer = useMemo(
    () =>
      outlines ? geoJSON(outlines, { interactive: false, style: outlineStyle.normal }) : undefined,
    [outlines],
  );

  useEffect(() => {
    if (!map || !layer) return;
    layer.addTo(map);
    layer.bringToBack();
    return () => void layer.remove();
  }, [map, layer]);

  useEffect(() => {
    if (!map || !layer) return;
    layer.setStyle((feature) =>
      feature?.properties.iso3 === selected ? outlineStyle.selected : outlineStyle.normal,
    );
    if (!fit) return;
    const country = layer
      .getLayers()
      .find(
        (part): part is Polygon =>
          part instanceof Polygon && part.feature?.properties?.iso3 === selected,
      );
    const bounds = (country ?? layer).getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [12, 12] });
  }, [map, layer, selected, fit]);
}

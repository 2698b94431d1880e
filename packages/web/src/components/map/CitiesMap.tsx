import 'leaflet/dist/leaflet.css';
import { useTranslation } from 'react-i18next';
import type { CityPoints, CityStage, CountryOutlines } from '../../api/types.ts';
import { useCityPointsLayer } from '../../hooks/map/use-city-points-layer.ts';
import { useLeafletMap } from '../../hooks/map/use-leaflet-map.ts';
import { useOutlinesLayer } from '../../hooks/map/use-outlines-layer.ts';
import { useZoomControl } from '../../hooks/map/use-zoom-control.ts';

/** Props of the cities map. */
export interface CitiesMapProps {
  readonly outlines: CountryOutlines | undefined;
  readonly points: CityPoints | undefined;
  /** ISO3 of the country filter: highlighted and zoomed to. */
  readonly country?: string;
  /** Stage filter: only these cities are drawn. */
  readonly stage?: CityStage;
  readonly onSelectCity: (slug: string) => void;
}

/**
 * The map of ASEAN cities: country outlines with one point per city. Supplementary — the city
 * list beside it is the accessible path to the same cities.
 */
export function CitiesMap({ outlines, points, country, stage, onSelectCity }: CitiesMapProps) {
  const { t } = useTranslation();
  const { ref, map } = useLeafletMap();
  useZoomControl(map);
  useOutlinesLayer(map, outlines, { selected: country, fit: true });
  useCityPointsLayer(map, points, { stage, onSelect: onSelectCity });
  return (
    <div ref={ref} className="map map--cities" role="region" aria-label={t('cities.mapLabel')} />
  );
}

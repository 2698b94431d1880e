import 'leaflet/dist/leaflet.css';
import { useTranslation } from 'react-i18next';
import type { City, CountryOutlines } from '../../api/types.ts';
import { useCityMarker } from '../../hooks/map/use-city-marker.ts';
import { useLeafletMap } from '../../hooks/map/use-leaflet-map.ts';
import { useOutlinesLayer } from '../../hooks/map/use-outlines-layer.ts';
import { useZoomControl } from '../../hooks/map/use-zoom-control.ts';

/** Props of a city's location map. */
export interface CityLocationMapProps {
  readonly city: Pick<City, 'name' | 'country' | 'latitude' | 'longitude' | 'stage'>;
  readonly outlines: CountryOutlines | undefined;
}

/** A small map locating one city within its country, framed on the country. */
export function CityLocationMap({ city, outlines }: CityLocationMapProps) {
  const { t } = useTranslation();
  const { ref, map } = useLeafletMap();
  useZoomControl(map);
  useCityMarker(map, city);
  useOutlinesLayer(map, outlines, { selected: city.country, fit: true });
  return (
    <div
      ref={ref}
      className="map map--city"
      role="region"
      aria-label={t('city.mapLabel', { name: city.name })}
    />
  );
}

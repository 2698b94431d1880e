import 'leaflet/dist/leaflet.css';
import { useTranslation } from 'react-i18next';
import type { PortfolioItem } from '../../api/projects-types.ts';
import type { CountryOutlines } from '../../api/types.ts';
import { useLeafletMap } from '../../hooks/map/use-leaflet-map.ts';
import { useOutlinesLayer } from '../../hooks/map/use-outlines-layer.ts';
import { useProjectPointsLayer } from '../../hooks/map/use-project-points-layer.ts';
import { useZoomControl } from '../../hooks/map/use-zoom-control.ts';

/** Props of the project map. */
export interface ProjectsMapProps {
  readonly outlines: CountryOutlines | undefined;
  readonly items: readonly PortfolioItem[] | undefined;
  /** ISO3 of the country filter, highlighted. */
  readonly country?: string;
  readonly onSelectProject: (id: string) => void;
}

/** Where the projects are: supplementary, the list beside it links every project. */
export function ProjectsMap({ outlines, items, country, onSelectProject }: ProjectsMapProps) {
  const { t } = useTranslation();
  const { ref, map } = useLeafletMap();
  useZoomControl(map);
  useOutlinesLayer(map, outlines, { selected: country, fit: true });
  useProjectPointsLayer(map, items, onSelectProject);
  return (
    <div ref={ref} className="map projects-map" role="region" aria-label={t('projects.mapLabel')} />
  );
}

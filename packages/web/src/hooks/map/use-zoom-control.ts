import { control, type Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Adds zoom buttons whose names follow the interface language. */
export function useZoomControl(map: LeafletMap | undefined): void {
  const { t } = useTranslation();
  const zoomInTitle = t('map.zoomIn');
  const zoomOutTitle = t('map.zoomOut');
  useEffect(() => {
    if (!map) return;
    const zoom = control.zoom({ position: 'topright', zoomInTitle, zoomOutTitle }).addTo(map);
    return () => void zoom.remove();
  }, [map, zoomInTitle, zoomOutTitle]);
}

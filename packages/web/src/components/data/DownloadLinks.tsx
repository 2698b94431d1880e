import { useTranslation } from 'react-i18next';
import { cityExportUrl, publicZipUrl } from '../../api/data-files.api.ts';
import type { ExportFormat, ObservationView } from '../../api/observation-types.ts';

const formats: readonly ExportFormat[] = ['csv', 'xlsx', 'open-sdg', 'sdmx-csv', 'json'];

/** Props of the download links. */
export interface DownloadLinksProps {
  readonly slug: string;
  readonly cityName: string;
  readonly view?: ObservationView;
}

/** Download a city's values in every format the server writes, or everything public as a zip. */
export function DownloadLinks({ slug, cityName, view = 'public' }: DownloadLinksProps) {
  const { t } = useTranslation();
  return (
    <div className="downloads">
      <h3 className="downloads__title">{t('data.downloadTitle', { city: cityName })}</h3>
      <ul className="downloads__list">
        {formats.map((format) => (
          <li key={format}>
            <a href={cityExportUrl(slug, format, view)} download>
              {t(`exportFormat.${format}`)}
            </a>
          </li>
        ))}
        <li>
          <a href={publicZipUrl} download>
            {t('data.allPublic')}
          </a>
        </li>
      </ul>
    </div>
  );
}

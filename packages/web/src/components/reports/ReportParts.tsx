import { useTranslation } from 'react-i18next';
import { reportPrintUrl, type ReportStatus } from '../../api/reports.api.ts';
import { useLanguage } from '../../hooks/use-language.ts';

/** A report's status in words. */
export function ReportStatusLabel({ status }: { readonly status: ReportStatus }) {
  const { t } = useTranslation();
  const label = {
    draft: t('reports.status.draft'),
    submitted: t('reports.status.submitted'),
    approved: t('reports.status.approved'),
    returned: t('reports.status.returned'),
  }[status];
  return <span className={`report-status report-status--${status}`}>{label}</span>;
}

/** Links to a report's web page, PDF and data, in the interface language. */
export function ReportPrintLinks({ id, title }: { readonly id: string; readonly title: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <ul className="report-links" aria-label={t('reports.printsOf', { title })}>
      <li>
        <a href={reportPrintUrl(id, 'html', language)}>{t('reports.readWeb')}</a>
      </li>
      <li>
        <a href={reportPrintUrl(id, 'pdf', language)}>{t('reports.pdf')}</a>
      </li>
      <li>
        <a href={reportPrintUrl(id, 'zip', language)}>{t('reports.data')}</a>
      </li>
    </ul>
  );
}

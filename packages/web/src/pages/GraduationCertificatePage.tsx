import { parseGraduationReference } from '@frontrunner/domain';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import '../components/certificates/certificates.css';
import {
  GraduationCertificateVerdict,
  NoGraduationCertificate,
} from '../components/graduation/GraduationCertificateVerdict.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useGraduationCertificate } from '../hooks/use-graduation.ts';

const certificateRoute = getRouteApi('/graduation-certificates/$id');

/**
 * The page a graduation certificate prints: anyone, on paper in hand, checks that the reference
 * belongs to a certificate the programme issued, and to which city and stage.
 */
export function GraduationCertificatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('graduationCertificate.title'));
  const { id } = certificateRoute.useParams();
  const certificate = useGraduationCertificate(parseGraduationReference(id) ?? id);
  return (
    <div className="verify-page">
      <h1>{t('graduationCertificate.title')}</h1>
      <p className="lead">{t('graduationCertificate.intro')}</p>
      <QueryResult query={certificate} notFound={<NoGraduationCertificate reference={id} />}>
        {(c) => <GraduationCertificateVerdict certificate={c} />}
      </QueryResult>
    </div>
  );
}

import { getRouteApi } from '@tanstack/react-router';
import { useT } from '../../lib/i18n';
import { PageHeader } from '../../ui/page-header';
import { ButtonLink } from '../../ui/router-links';
import { PartnersGate } from '../partners/partner-access';
import { ImportJobView } from './import-job-view';
import { ImportSetup } from './import-setup';

const routeApi = getRouteApi('/_app/mitra/impor');

/** Mitra › Impor: file → column mapping → progress → per-row result. */
export function PartnerImportPage() {
  const { t } = useT();
  const { job } = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  return (
    <>
      <PageHeader
        title={t.partnerImport.title}
        description={t.partnerImport.intro}
        actions={
          <ButtonLink to="/mitra" variant="default">
            {t.partners.backToList}
          </ButtonLink>
        }
      />
      <PartnersGate write>
        {job ? (
          <ImportJobView key={job} jobId={job} onAnother={() => void navigate({ search: {} })} />
        ) : (
          <ImportSetup onStarted={(started) => void navigate({ search: { job: started.id } })} />
        )}
      </PartnersGate>
    </>
  );
}

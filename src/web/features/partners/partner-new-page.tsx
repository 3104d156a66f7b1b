import { useT } from '../../lib/i18n';
import { PageHeader } from '../../ui/page-header';
import { PartnersGate } from './partner-access';
import { PartnerForm } from './partner-form';

/** Mitra › Tambah mitra. */
export function PartnerNewPage() {
  const { t } = useT();
  return (
    <>
      <PageHeader title={t.partners.newTitle} description={t.partners.newIntro} />
      <PartnersGate write>
        <PartnerForm />
      </PartnersGate>
    </>
  );
}

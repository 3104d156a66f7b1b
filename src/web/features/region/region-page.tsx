import { PageHeader } from '../../ui/page-header';
import { useT } from '../../lib/i18n';

/** Wilayah: the district roll-up for a supervisor (issue 8, helper B builds it). */
export function RegionPage() {
  const { t } = useT();
  return <PageHeader title={t.nav.region} />;
}

import type { PartnerSearch } from '../../app/search-params';
import { ExportMenu } from '../../ui/export-menu';

/** The partner list's download: the export answers to the same filters as the list on screen. */
export function ExportButtons({ search }: { search: PartnerSearch }) {
  const filters: Record<string, string> = {};
  for (const [key, value] of Object.entries(search)) {
    // The list-or-map choice is the page's, not a filter.
    if (key !== 'view' && typeof value === 'string' && value !== '') filters[key] = value;
  }
  return (
    <ExportMenu
      path="/partners/export"
      filters={filters}
      permission="partners.read"
      testId="partner-export"
    />
  );
}

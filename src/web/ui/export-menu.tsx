import { Button } from '@mantine/core';
import type { Permission } from '../../shared/domain/roles';
import { useT } from '../lib/i18n';
import { useCan } from '../lib/me-query';
import { useDeferredPart } from './use-deferred-part';

type FilterValue = string | number | boolean | null | undefined;
export type ExportFormat = 'xlsx' | 'csv';

export interface ExportMenuProps {
  /** The list's path below /api/v1 with `/export`, e.g. `/agreements/export`. */
  path: string;
  filters?: Record<string, FilterValue>;
  testId?: string;
}

/** The export URL of a list: its own filters (empty ones dropped) and the file format. */
export function listExportUrl(
  path: string,
  filters: Record<string, FilterValue>,
  format: ExportFormat,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  params.set('format', format);
  return `/api/v1${path}?${params.toString()}`;
}

const loadDropdown = () => import('./export-menu-dropdown');

/**
 * "Unduh": the list as Excel or CSV (ExportMenuDropdown). Drawn as a stand-in button until the menu
 * is wanted, so the first page carries no Menu.
 */
export function ExportMenu({ permission, ...props }: ExportMenuProps & { permission: Permission }) {
  const { t } = useT();
  const allowed = useCan(permission);
  const deferred = useDeferredPart(loadDropdown);
  if (!allowed) return null;
  if (deferred.part) {
    const { ExportMenuDropdown } = deferred.part;
    return (
      <ExportMenuDropdown
        {...props}
        openAtOnce={deferred.openOnArrival}
        takeFocus={deferred.focusOnArrival}
      />
    );
  }
  return (
    <Button variant="default" data-testid={props.testId ?? 'export-menu'} {...deferred.triggerProps}>
      {t.exportsUi.menu}
    </Button>
  );
}

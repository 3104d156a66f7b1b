import { useEffect } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { useT } from '../../lib/i18n';
import { useNotify } from '../../ui/use-notify';
import { readMergedIntoId } from './partner-merge-api';

/**
 * An old link to a merged-away partner (a bookmark, a shared URL) leads on to the partner it was
 * merged into, with a notice saying why. True while that redirect is under way.
 */
export function useFollowMerge(error: unknown, page: 'view' | 'edit' = 'view'): boolean {
  const { t } = useT();
  const notify = useNotify();
  const navigate = useNavigate();
  const mergedIntoId = readMergedIntoId(error);
  useEffect(() => {
    if (!mergedIntoId) return;
    notify.warn(t.partnerMerge.redirected);
    void navigate({
      to: page === 'edit' ? '/mitra/$partnerId/ubah' : '/mitra/$partnerId',
      params: { partnerId: mergedIntoId },
      replace: true,
    });
  }, [mergedIntoId, page, navigate, notify, t]);
  return mergedIntoId !== null;
}

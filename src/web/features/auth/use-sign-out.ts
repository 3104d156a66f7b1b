import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { okResponseSchema } from '../../../shared/contracts/common';
import { api } from '../../lib/api-client';
import { clearOfflineData } from '../../lib/offline/offline-database';
import { getSyncSnapshot, isOffline, syncNow } from '../../lib/offline/sync-outbox';
import { useT } from '../../lib/i18n';
import { useNotify } from '../../ui/use-notify';
import { setViewingInstitution } from '../../lib/viewing-institution';

interface SignOut {
  /** Signs out, unless records still wait on this phone: then `unsent` counts them and nothing happens yet. */
  signOut: () => void;
  /** Signs out and drops what waits, after the user has seen the count. */
  signOutDiscarding: () => void;
  cancel: () => void;
  unsent: number;
  signingOut: boolean;
}

/**
 * POST /auth/logout, then to the sign-in page; the cache is dropped once we are there, and so is
 * everything this user left in the browser's storage (a shared phone passes to the next person).
 */
export function useSignOut(): SignOut {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);
  const [unsent, setUnsent] = useState(0);
  const { t } = useT();
  const notify = useNotify();

  const leave = () => {
    setSigningOut(true);
    setUnsent(0);
    void api
      .post('/auth/logout', okResponseSchema)
      .catch(() => undefined) // An expired session is signed out already.
      .then(() => navigate({ to: '/masuk', search: { status: 'signed-out' } }))
      .then(async () => {
        setViewingInstitution(null);
        queryClient.clear();
        await clearOfflineData().catch(() => undefined);
      })
      .finally(() => {
        setSigningOut(false);
      });
  };

  const signOut = () => {
    // Offline the server's session would outlive the sign-out, and the next person on this phone
    // would find it open.
    if (isOffline()) {
      notify.warn(t.offline.signOutOffline);
      return;
    }
    setSigningOut(true);
    // A last try first: whatever reaches the server is not lost by signing out.
    void syncNow()
      .catch(() => undefined)
      .then(() => {
        const waiting = getSyncSnapshot().entries.length;
        if (waiting > 0) {
          setSigningOut(false);
          setUnsent(waiting);
        } else leave();
      });
  };

  return { signOut, signOutDiscarding: leave, cancel: () => setUnsent(0), unsent, signingOut };
}

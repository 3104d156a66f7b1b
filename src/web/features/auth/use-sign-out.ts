import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { okResponseSchema } from '../../../shared/contracts/common';
import { api } from '../../lib/api-client';
import { setViewingInstitution } from '../../lib/viewing-institution';

/** POST /auth/logout, then to the sign-in page; the cache is dropped once we are there. */
export function useSignOut(): { signOut: () => void; signingOut: boolean } {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);

  const signOut = () => {
    setSigningOut(true);
    void api
      .post('/auth/logout', okResponseSchema)
      .catch(() => undefined) // An expired session is signed out already.
      .then(() => navigate({ to: '/masuk', search: { status: 'signed-out' } }))
      .then(() => {
        setViewingInstitution(null);
        queryClient.clear();
      })
      .finally(() => {
        setSigningOut(false);
      });
  };

  return { signOut, signingOut };
}

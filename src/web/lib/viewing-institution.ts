import { useSyncExternalStore } from 'react';

/**
 * The institution a supervisor is looking at from the district roll-up (docs/domain/dashboard.md):
 * while set, every read carries `X-Jalin-Institution` and the app answers as for that institution,
 * read-only. Kept per tab (sessionStorage), so another tab stays on the supervisor's own view and
 * a reload keeps the drill-down.
 */
export const viewingInstitutionHeader = 'X-Jalin-Institution';
const storageKey = 'jalin.viewingInstitution';

export interface ViewingInstitution {
  id: string;
  name: string;
}

const listeners = new Set<() => void>();
let cached: { raw: string | null; value: ViewingInstitution | null } = { raw: null, value: null };

function read(): ViewingInstitution | null {
  let raw: string | null = null;
  try {
    raw = window.sessionStorage.getItem(storageKey);
  } catch {
    raw = null;
  }
  if (raw === cached.raw) return cached.value;
  let value: ViewingInstitution | null = null;
  try {
    const parsed = raw ? (JSON.parse(raw) as Partial<ViewingInstitution>) : null;
    if (parsed && typeof parsed.id === 'string' && typeof parsed.name === 'string')
      value = { id: parsed.id, name: parsed.name };
  } catch {
    value = null;
  }
  cached = { raw, value };
  return value;
}

export function viewingInstitution(): ViewingInstitution | null {
  return typeof window === 'undefined' ? null : read();
}

export function setViewingInstitution(next: ViewingInstitution | null): void {
  try {
    if (next) window.sessionStorage.setItem(storageKey, JSON.stringify(next));
    else window.sessionStorage.removeItem(storageKey);
  } catch {
    // Storage refused (private mode): the drill-down simply does not stick.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useViewingInstitution(): ViewingInstitution | null {
  return useSyncExternalStore(subscribe, viewingInstitution, () => null);
}

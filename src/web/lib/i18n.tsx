import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useState,
  type ReactNode,
} from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { localeSchema, meResponseSchema, type Locale } from '../../shared/contracts/auth';
import type { Catalog } from '../../shared/i18n/catalog';
import { idFirst } from '../../shared/i18n/id-first';
import { api } from './api-client';
import { meQueryKey, meQueryOptions } from './me-query';

// Indonesian, the first language, ships with the first page in two parts: `idFirst` draws the shell,
// sign-in and the partner list; the rest follows at once and every other page waits for it
// (withFullCatalog; scripts/first-catalog-check.ts keeps the first part sufficient). English (as big
// again) loads only for those who chose it, so nobody downloads both.
const id = { ...idFirst } as Catalog;
let restOfId: Promise<void> | null = null;

function completeIndonesian(): Promise<void> {
  restOfId ??= import('../../shared/i18n/id-rest').then(
    (module) => {
      Object.assign(id, module.idRest);
    },
    (error: unknown) => {
      // Offline: the next page asked for tries again.
      restOfId = null;
      throw error;
    },
  );
  return restOfId;
}

/**
 * Fetches the rest of the catalog a moment after the first page was drawn, or at once on the first
 * press or key, so it does not compete with that page on a weak connection.
 */
export function prefetchFullCatalogSoon(delayMs = 1000): void {
  const start = () => void completeIndonesian().catch(() => undefined);
  window.setTimeout(start, delayMs);
  window.addEventListener('pointerdown', start, { once: true, capture: true, passive: true });
  window.addEventListener('keydown', start, { once: true, capture: true });
}

/** A route's lazy import that also waits for the whole Indonesian catalog. */
export function withFullCatalog<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), completeIndonesian()]).then(([module]) => module);
}

const catalogs: Partial<Record<Locale, Catalog>> = { id };
const catalogChunks: Record<Exclude<Locale, 'id'>, () => Promise<Catalog>> = {
  en: () => import('../../shared/i18n/en').then((module) => module.en),
};
const pendingCatalogs = new Map<Locale, Promise<Catalog>>();
const storageKey = 'jalin.locale';

function loadCatalog(locale: Locale): Promise<Catalog> {
  const ready = catalogs[locale];
  if (ready || locale === 'id') return Promise.resolve(ready ?? id);
  let pending = pendingCatalogs.get(locale);
  if (!pending) {
    pending = catalogChunks[locale]().then((catalog) => (catalogs[locale] = catalog));
    // A failed fetch (offline) is tried again on the next choice.
    pending.catch(() => pendingCatalogs.delete(locale));
    pendingCatalogs.set(locale, pending);
  }
  return pending;
}

export interface I18nValue {
  t: Catalog;
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

function readStoredLocale(): Locale {
  try {
    const parsed = localeSchema.safeParse(window.localStorage.getItem(storageKey));
    return parsed.success ? parsed.data : 'id';
  } catch {
    return 'id';
  }
}

// A returning English reader's catalog is fetched beside the app's first requests, not after them.
void loadCatalog(readStoredLocale()).catch(() => undefined);

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/**
 * The locale is the signed-in user's (PATCH /me persists a change); before sign-in it comes from
 * localStorage, and Indonesian is the default.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { data: me } = useQuery({ ...meQueryOptions, enabled: false });
  const [storedLocale, setStoredLocale] = useState<Locale>(readStoredLocale);
  const [lastUserLocale, setLastUserLocale] = useState<Locale | null>(null);
  const userLocale = me?.user.locale ?? null;
  // The account's choice becomes the device's too, so the sign-in page keeps it after sign-out.
  if (userLocale !== null && userLocale !== lastUserLocale) {
    setLastUserLocale(userLocale);
    setStoredLocale(userLocale);
  }
  const wanted = userLocale ?? storedLocale;
  // Until a newly wanted catalog arrives, the page stays in the language it was showing.
  const [shown, setShown] = useState<Locale | null>(catalogs[wanted] ? wanted : null);
  const [, catalogArrived] = useReducer((count: number) => count + 1, 0);
  if (catalogs[wanted] && shown !== wanted) setShown(wanted);
  const locale = shown ?? 'id';

  useEffect(() => {
    if (catalogs[wanted]) return;
    let current = true;
    loadCatalog(wanted).then(
      () => current && catalogArrived(),
      // Offline mid-switch: the page keeps its language; the next choice tries again.
      () => current && setShown((previous) => previous ?? 'id'),
    );
    return () => {
      current = false;
    };
  }, [wanted]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    storeLocale(storedLocale);
  }, [storedLocale]);

  const setLocale = useCallback(
    (next: Locale) => {
      setStoredLocale(next);
      const current = queryClient.getQueryData(meQueryKey);
      if (!current || current.user.locale === next) return;
      queryClient.setQueryData(meQueryKey, { ...current, user: { ...current.user, locale: next } });
      api
        .patch('/me', meResponseSchema, { locale: next })
        .then((updated) => queryClient.setQueryData(meQueryKey, updated))
        .catch(() => {
          queryClient.setQueryData(meQueryKey, current);
          setStoredLocale(current.user.locale);
          notifications.show({
            color: 'red',
            message: (catalogs[current.user.locale] ?? id).shell.localeSaveFailed,
          });
        });
    },
    [queryClient],
  );

  const value = useMemo(() => ({ t: catalogs[locale] ?? id, locale, setLocale }), [locale, setLocale]);
  // Only an English reader's very first render waits, for a chunk already on its way.
  if (shown === null) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** `t` is the catalog of the current locale; `setLocale` switches (and saves it to the account). */
export function useT(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT needs an I18nProvider above it');
  return value;
}

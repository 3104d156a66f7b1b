import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { localeSchema, meResponseSchema, type Locale } from '../../shared/contracts/auth';
import type { Catalog } from '../../shared/i18n/catalog';
import { en } from '../../shared/i18n/en';
import { id } from '../../shared/i18n/id';
import { api } from './api-client';
import { meQueryKey, meQueryOptions } from './me-query';

const catalogs: Record<Locale, Catalog> = { id, en };
const storageKey = 'jalin.locale';

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
  const locale = userLocale ?? storedLocale;

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
          notifications.show({ color: 'red', message: catalogs[current.user.locale].shell.localeSaveFailed });
        });
    },
    [queryClient],
  );

  const value = useMemo(() => ({ t: catalogs[locale], locale, setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** `t` is the catalog of the current locale; `setLocale` switches (and saves it to the account). */
export function useT(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT needs an I18nProvider above it');
  return value;
}

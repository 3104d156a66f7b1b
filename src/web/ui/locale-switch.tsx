import { SegmentedControl } from '@mantine/core';
import { localeSchema } from '../../shared/contracts/auth';
import { useT } from '../lib/i18n';

/** ID / EN switch for pages before sign-in. */
export function LocaleSwitch() {
  const { t, locale, setLocale } = useT();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t.locales.label}
      value={locale}
      onChange={(value) => {
        const parsed = localeSchema.safeParse(value);
        if (parsed.success) setLocale(parsed.data);
      }}
      data={[
        { value: 'id', label: t.locales.shortId },
        { value: 'en', label: t.locales.shortEn },
      ]}
    />
  );
}

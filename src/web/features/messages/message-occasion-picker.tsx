import { useState } from 'react';
import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { calendarOccasionListSchema } from '../../../shared/contracts/occasions';
import { api } from '../../lib/api-client';
import { formatShortDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';

const dayMs = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

interface MessageOccasionPickerProps {
  partnerId: string | null;
  value: string;
  onChange: (ref: string) => void;
  disabled: boolean;
}

/** For a greeting started without an occasion: the greeting days of the coming weeks (and last week). */
export function MessageOccasionPicker({ partnerId, value, onChange, disabled }: MessageOccasionPickerProps) {
  const { t, locale } = useT();
  const me = useMe();
  // Fixed when the composer opens: the list does not shift while the sender writes.
  const [range] = useState(() => {
    const now = Date.now();
    return { from: isoDay(now - 7 * dayMs), to: isoDay(now + 60 * dayMs) };
  });
  const occasions = useQuery({
    queryKey: ['care', 'occasions', 'message-picker', range] as const,
    queryFn: ({ signal }) => api.get('/care/occasions', calendarOccasionListSchema, range, signal),
  });
  const items = (occasions.data?.items ?? []).filter(
    (o) => o.greeting && (o.partnerId === null || o.partnerId === partnerId),
  );
  // A holiday spanning several days (Idulfitri) is offered once, on its first day.
  const seen = new Set<string>();
  const unique = items.filter((o) => {
    const key = `${o.occasionKey ?? o.id}:${o.date.slice(0, 4)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return (
    <NativeSelect
      label={t.messagesUi.occasionPick}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[
        { value: '', label: t.messagesUi.occasionNone },
        ...unique.map((o) => ({
          value: o.id,
          label: `${o.title} — ${formatShortDate(o.date, locale, me.institution.timeZone)}`,
        })),
      ]}
      disabled={disabled}
      data-testid="message-occasion-pick"
    />
  );
}

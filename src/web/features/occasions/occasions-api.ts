import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { okResponseSchema } from '../../../shared/contracts/common';
import {
  calendarOccasionListSchema,
  holidaySchema,
  holidaySettingsSchema,
  holidayYearSchema,
  occasionListSchema,
  occasionSchema,
  type CreateHolidayRequest,
  type CreateOccasionRequest,
  type UpdateHolidayRequest,
  type UpdateOccasionRequest,
} from '../../../shared/contracts/occasions';
import { api } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useNotify } from '../../ui/use-notify';

/** Holidays feed the occasions, so one key refreshes both (and the agenda's occasion items). */
export const occasionsQueryKey = ['occasions'] as const;

export function calendarOccasionsQueryOptions(from: string, to: string) {
  return queryOptions({
    queryKey: [...occasionsQueryKey, 'calendar', from, to] as const,
    queryFn: ({ signal }) => api.get('/care/occasions', calendarOccasionListSchema, { from, to }, signal),
  });
}

export function holidayYearQueryOptions(year: number) {
  return queryOptions({
    queryKey: [...occasionsQueryKey, 'holidays', year] as const,
    queryFn: ({ signal }) => api.get('/holidays', holidayYearSchema, { year }, signal),
  });
}

function useRefresh(message: string) {
  const notify = useNotify();
  const queryClient = useQueryClient();
  return {
    onSuccess: async () => {
      notify.success(message);
      await queryClient.invalidateQueries({ queryKey: occasionsQueryKey });
      await queryClient.invalidateQueries({ queryKey: ['care'] });
    },
  };
}

export function useSaveOccasion(existing: { id: string; version: number } | null) {
  const { t } = useT();
  return useMutation({
    mutationFn: (body: CreateOccasionRequest) =>
      existing
        ? api.patch(`/occasions/${encodeURIComponent(existing.id)}`, occasionSchema, {
            ...(body as UpdateOccasionRequest),
            version: existing.version,
          })
        : api.post('/occasions', occasionSchema, body),
    ...useRefresh(t.occasionsUi.saved),
  });
}

export function useDeleteOccasion() {
  const { t } = useT();
  const notify = useNotify();
  return useMutation({
    mutationFn: (occasion: { id: string; version: number }) =>
      api.delete(
        `/occasions/${encodeURIComponent(occasion.id)}?version=${occasion.version}`,
        okResponseSchema,
      ),
    ...useRefresh(t.occasionsUi.removed),
    onError: (error) => notify.error(error),
  });
}

export function useSaveHoliday(existing: { id: string; version: number } | null) {
  const { t } = useT();
  return useMutation({
    mutationFn: (body: CreateHolidayRequest) =>
      existing
        ? api.patch(`/holidays/${encodeURIComponent(existing.id)}`, holidaySchema, {
            ...(body as UpdateHolidayRequest),
            version: existing.version,
          })
        : api.post('/holidays', holidaySchema, body),
    ...useRefresh(t.occasionsUi.holidays.saved),
  });
}

export function useDeleteHoliday() {
  const { t } = useT();
  const notify = useNotify();
  return useMutation({
    mutationFn: (holiday: { id: string; version: number }) =>
      api.delete(`/holidays/${encodeURIComponent(holiday.id)}?version=${holiday.version}`, okResponseSchema),
    ...useRefresh(t.occasionsUi.holidays.removed),
    onError: (error) => notify.error(error),
  });
}

export function useSetCutiBersama() {
  const { t } = useT();
  const notify = useNotify();
  return useMutation({
    mutationFn: (observesCutiBersama: boolean) =>
      api.put('/holiday-settings', holidaySettingsSchema, { json: { observesCutiBersama } }),
    ...useRefresh(t.occasionsUi.holidays.settingsSaved),
    onError: (error) => notify.error(error),
  });
}

export const storedOccasionsQueryOptions = queryOptions({
  queryKey: [...occasionsQueryKey, 'stored'] as const,
  queryFn: ({ signal }) => api.get('/occasions', occasionListSchema, undefined, signal),
});

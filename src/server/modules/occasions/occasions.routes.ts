import { z } from 'zod';
import { idSchema, okResponseSchema } from '../../../shared/contracts/common';
import {
  calendarOccasionListSchema,
  calendarOccasionsQuerySchema,
  createHolidayRequestSchema,
  createOccasionRequestSchema,
  holidaySchema,
  holidaySettingsSchema,
  holidayYearQuerySchema,
  holidayYearSchema,
  occasionListSchema,
  occasionSchema,
  updateHolidayRequestSchema,
  updateOccasionRequestSchema,
  versionQuerySchema,
} from '../../../shared/contracts/occasions';
import { defineRoute } from '../../platform/http/route-definition';
import { createHoliday } from './create-holiday';
import { createOccasion } from './create-occasion';
import { deleteHoliday } from './delete-holiday';
import { deleteOccasion } from './delete-occasion';
import { listCalendarOccasions } from './list-calendar-occasions';
import { listHolidayYear } from './list-holiday-year';
import { listOccasions } from './list-occasions';
import { setHolidaySettings } from './set-holiday-settings';
import { updateHoliday } from './update-holiday';
import { updateOccasion } from './update-occasion';

const tag = 'Relationship care (occasions)';
const idParams = z.strictObject({ id: idSchema });
const read = { kind: 'authenticated', permission: 'partners.read' } as const;
const manageHolidays = { kind: 'authenticated', permission: 'holidays.manage' } as const;
const write = { kind: 'authenticated', permission: 'care.write' } as const;

export const occasionsRoutes = [
  defineRoute({
    method: 'GET',
    path: '/holidays',
    summary:
      "A year's holidays: the institution's own copy once corrected, else the shipped decree, else computed dates marked provisional",
    tag,
    access: read,
    query: holidayYearQuerySchema,
    response: holidayYearSchema,
    handler: ({ deps, principal, query }) => listHolidayYear(deps.db, principal.institutionId, query.year),
  }),
  defineRoute({
    method: 'POST',
    path: '/holidays',
    summary: "Add a holiday; the first change to a year copies that year's list into the institution's table",
    tag,
    access: manageHolidays,
    body: createHolidayRequestSchema,
    response: holidaySchema,
    successStatus: 201,
    handler: ({ deps, principal, body, requestId }) => createHoliday(deps, principal, body, requestId),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/holidays/:id',
    summary:
      'Correct a holiday (send the version you read); a shipped or computed id copies its year first; HOLIDAY_NOT_FOUND, VERSION_CONFLICT',
    tag,
    access: manageHolidays,
    params: idParams,
    body: updateHolidayRequestSchema,
    response: holidaySchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateHoliday(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/holidays/:id',
    summary:
      'Remove a holiday the institution does not keep (`?version=`); a shipped id copies its year first',
    tag,
    access: manageHolidays,
    params: idParams,
    query: versionQuerySchema,
    response: okResponseSchema,
    handler: ({ deps, principal, params, query, requestId }) =>
      deleteHoliday(deps, principal, params.id, query.version, requestId),
  }),
  defineRoute({
    method: 'PUT',
    path: '/holiday-settings',
    summary: 'Whether the institution observes cuti bersama (shown among occasions and in the calendar feed)',
    tag,
    access: manageHolidays,
    body: holidaySettingsSchema,
    response: holidaySettingsSchema,
    handler: ({ deps, principal, body, requestId }) => setHolidaySettings(deps, principal, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/care/occasions',
    summary:
      'Occasions within [from, to] (at most three years), by day: holidays, agreement anniversaries, partners founded, product launches, custom',
    tag,
    access: read,
    query: calendarOccasionsQuerySchema,
    response: calendarOccasionListSchema,
    handler: async ({ deps, principal, query }) => ({
      items: await listCalendarOccasions(deps.db, principal.institutionId, query),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/occasions',
    summary: "The institution's own product launches and custom occasions as entered (for editing)",
    tag,
    access: read,
    response: occasionListSchema,
    handler: ({ deps, principal }) => listOccasions(deps.db, principal.institutionId),
  }),
  defineRoute({
    method: 'POST',
    path: '/occasions',
    summary: 'A product launch or custom occasion, once or yearly, for a partner or the whole institution',
    tag,
    access: write,
    body: createOccasionRequestSchema,
    response: occasionSchema,
    successStatus: 201,
    handler: ({ deps, principal, body, requestId }) => createOccasion(deps, principal, body, requestId),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/occasions/:id',
    summary: 'Edit a custom occasion (send the version you read); OCCASION_NOT_FOUND, VERSION_CONFLICT',
    tag,
    access: write,
    params: idParams,
    body: updateOccasionRequestSchema,
    response: occasionSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateOccasion(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/occasions/:id',
    summary: 'Delete a custom occasion (`?version=`)',
    tag,
    access: write,
    params: idParams,
    query: versionQuerySchema,
    response: okResponseSchema,
    handler: ({ deps, principal, params, query, requestId }) =>
      deleteOccasion(deps, principal, params.id, query.version, requestId),
  }),
];

import { z } from 'zod';
import { idSchema, okResponseSchema } from '../../../shared/contracts/common';
import {
  createContactRequestSchema,
  updateContactRequestSchema,
} from '../../../shared/contracts/partner-contact-requests';
import { contactSchema } from '../../../shared/contracts/partners';
import { defineRoute } from '../../platform/http/route-definition';
import { createContact, deleteContact, updateContact } from './manage-contacts';
import { withdrawContactConsent } from './withdraw-contact-consent';

const tag = 'Partner contacts';
const contactParams = z.strictObject({ id: idSchema, contactId: idSchema });

export const contactRoutes = [
  defineRoute({
    method: 'POST',
    path: '/partners/:id/contacts',
    summary:
      'Add a contact person (personal data: a legal basis, and a consent record when the basis is consent)',
    tag,
    access: { kind: 'authenticated', permission: 'partners.write' },
    params: z.strictObject({ id: idSchema }),
    body: createContactRequestSchema,
    response: contactSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, requestId }) =>
      createContact(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/partners/:id/contacts/:contactId',
    summary: 'Change a contact person (send the version you read)',
    tag,
    access: { kind: 'authenticated', permission: 'partners.write' },
    params: contactParams,
    body: updateContactRequestSchema,
    response: contactSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateContact(deps, principal, params.id, params.contactId, body, requestId),
  }),
  defineRoute({
    method: 'POST',
    path: '/partners/:id/contacts/:contactId/consent-withdrawal',
    summary:
      'Record that the contact withdrew consent: the religion is cleared, greetings and consent-based messages stop',
    tag,
    access: { kind: 'authenticated', permission: 'partners.write' },
    params: contactParams,
    response: contactSchema,
    handler: ({ deps, principal, params, requestId }) =>
      withdrawContactConsent(deps, principal, params.id, params.contactId, requestId),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/partners/:id/contacts/:contactId',
    summary: 'Remove a contact person',
    tag,
    access: { kind: 'authenticated', permission: 'partners.write' },
    params: contactParams,
    response: okResponseSchema,
    async handler({ deps, principal, params, requestId }) {
      await deleteContact(deps, principal, params.id, params.contactId, requestId);
      return { ok: true as const };
    },
  }),
];

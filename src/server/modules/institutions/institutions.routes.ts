import { z } from 'zod';
import { idSchema } from '../../../shared/contracts/common';
import {
  createInstitutionRequestSchema,
  institutionPageSchema,
  institutionSchema,
  listInstitutionsQuerySchema,
  updateInstitutionRequestSchema,
} from '../../../shared/contracts/institutions';
import { defineRoute } from '../../platform/http/route-definition';
import { createInstitution } from './create-institution';
import { getReadableInstitution } from './institution-access';
import {
  logoMaxBytes,
  logoMediaTypes,
  readInstitutionLogo,
  removeInstitutionLogo,
  setInstitutionLogo,
} from './institution-logo';
import { toInstitution } from './institution-mappers';
import { listInstitutions } from './list-institutions';
import { updateInstitution } from './update-institution';

const tag = 'Institutions';
const idParams = z.strictObject({ id: idSchema });

export const institutionRoutes = [
  defineRoute({
    method: 'GET',
    path: '/institutions',
    summary: 'Institutions the caller may read (own; region for a supervisor; all for an admin)',
    tag,
    access: { kind: 'authenticated', permission: 'institution.read' },
    query: listInstitutionsQuerySchema,
    response: institutionPageSchema,
    handler: ({ deps, principal, query }) => listInstitutions(deps, principal, query),
  }),
  defineRoute({
    method: 'POST',
    path: '/institutions',
    summary: 'Create an institution (server administrators)',
    tag,
    access: { kind: 'authenticated', permission: 'institution.create' },
    body: createInstitutionRequestSchema,
    response: institutionSchema,
    successStatus: 201,
    handler: ({ deps, principal, body, requestId }) =>
      createInstitution(deps, { principal, requestId }, body),
  }),
  defineRoute({
    method: 'GET',
    path: '/institutions/:id',
    summary: 'One institution',
    tag,
    access: { kind: 'authenticated', permission: 'institution.read' },
    params: idParams,
    response: institutionSchema,
    handler: async ({ deps, principal, params }) =>
      toInstitution(await getReadableInstitution(deps.db, principal, params.id)),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/institutions/:id',
    summary: 'Change the institution profile (send the version you read)',
    tag,
    access: { kind: 'authenticated', permission: 'institution.update' },
    params: idParams,
    body: updateInstitutionRequestSchema,
    response: institutionSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateInstitution(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'PUT',
    path: '/institutions/:id/logo',
    summary: 'Upload the logo (PNG or JPEG bytes, at most 1 MB)',
    tag,
    access: { kind: 'authenticated', permission: 'institution.update' },
    params: idParams,
    bodyKind: { kind: 'bytes', mediaTypes: logoMediaTypes, maxBytes: logoMaxBytes },
    response: institutionSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      setInstitutionLogo(deps, principal, params.id, body as Buffer, requestId),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/institutions/:id/logo',
    summary: 'Remove the logo',
    tag,
    access: { kind: 'authenticated', permission: 'institution.update' },
    params: idParams,
    response: institutionSchema,
    handler: ({ deps, principal, params, requestId }) =>
      removeInstitutionLogo(deps, principal, params.id, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/institutions/:id/logo',
    summary: 'The logo image',
    tag,
    access: { kind: 'authenticated', permission: 'institution.read' },
    params: idParams,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, principal, params, reply }) {
      const logo = await readInstitutionLogo(deps, principal, params.id);
      await reply
        .header('Content-Type', logo.mediaType)
        .header('Cache-Control', 'private, max-age=300')
        .header('ETag', `"${logo.sha256}"`)
        .send(logo.bytes);
    },
  }),
];

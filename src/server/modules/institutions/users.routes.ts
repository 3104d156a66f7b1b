import { z } from 'zod';
import { idSchema } from '../../../shared/contracts/common';
import {
  createUserRequestSchema,
  createUserResponseSchema,
  listUsersQuerySchema,
  passwordLinkSchema,
  updateUserRequestSchema,
  userPageSchema,
  userSchema,
} from '../../../shared/contracts/users';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/app-deps';
import { defineExportRoute } from '../../platform/http/list-export';
import { exportUsers, exportUsersQuerySchema } from './export-users';
import { defineRoute } from '../../platform/http/route-definition';
import { publicBaseUrl } from './issue-password-link';
import { listUsers } from './list-users';
import { createUser, reissuePasswordLink, updateUser } from './manage-users';

const tag = 'Users';
const institutionParams = z.strictObject({ id: idSchema });
const userParams = z.strictObject({ id: idSchema, userId: idSchema });

function baseUrlOf(deps: AppDeps, request: FastifyRequest): string {
  return publicBaseUrl(deps, request.headers.host ? `${request.protocol}://${request.headers.host}` : null);
}

export const userRoutes = [
  defineRoute({
    method: 'GET',
    path: '/institutions/:id/users',
    summary: 'Users of an institution',
    tag,
    access: { kind: 'authenticated', permission: 'users.read' },
    params: institutionParams,
    query: listUsersQuerySchema,
    response: userPageSchema,
    handler: ({ deps, principal, params, query }) => listUsers(deps, principal, params.id, query),
  }),
  defineExportRoute({
    path: '/institutions/:id/users/export',
    summary: 'The users of an institution as XLSX or CSV, with the filters of the list',
    tag,
    access: { kind: 'authenticated', permission: 'users.read' },
    params: institutionParams,
    query: exportUsersQuerySchema,
    file: ({ deps, principal, params, query }) => exportUsers(deps, principal, params.id, query),
  }),
  defineRoute({
    method: 'POST',
    path: '/institutions/:id/users',
    summary: 'Add a user; answers a one-time link to set the password',
    tag,
    access: { kind: 'authenticated', permission: 'users.manage' },
    params: institutionParams,
    body: createUserRequestSchema,
    response: createUserResponseSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, request, requestId }) =>
      createUser(deps, principal, params.id, body, { requestId, baseUrl: baseUrlOf(deps, request) }),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/institutions/:id/users/:userId',
    summary: 'Change a user: name, role, language, disabled, supervised regions',
    tag,
    access: { kind: 'authenticated', permission: 'users.manage' },
    params: userParams,
    body: updateUserRequestSchema,
    response: userSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateUser(deps, principal, params.id, params.userId, body, requestId),
  }),
  defineRoute({
    method: 'POST',
    path: '/institutions/:id/users/:userId/password-link',
    summary: 'A new one-time link to set the password (the previous one stops working)',
    tag,
    access: { kind: 'authenticated', permission: 'users.manage' },
    params: userParams,
    response: passwordLinkSchema,
    handler: ({ deps, principal, params, request, requestId }) =>
      reissuePasswordLink(deps, principal, params.id, params.userId, {
        requestId,
        baseUrl: baseUrlOf(deps, request),
      }),
  }),
];

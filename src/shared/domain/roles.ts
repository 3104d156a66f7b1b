/**
 * The role matrix: the one place that says what each role may do. Server routes declare the
 * permission they need; the UI hides what the user's role cannot do. Tests walk every cell.
 */
export const roles = ['admin', 'manager', 'facilitator', 'viewer', 'supervisor'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'institution.read',
  'institution.update',
  'institution.create',
  'users.read',
  'users.manage',
  'audit.read',
  'apiTokens.manage',
  'partners.read',
  'partners.write',
  'partners.merge',
  'partnerCategories.manage',
  'partnerships.read',
  'partnerships.write',
  'interactions.read',
  'interactions.write',
  'agreements.read',
  'agreements.write',
  'agreements.sign',
  'clauses.manage',
  'activities.write',
  'evaluations.decide',
] as const;
export type Permission = (typeof permissions)[number];

/** A `satisfies` on the full record makes a new role or permission fail to compile until decided. */
export const roleMatrix = {
  admin: {
    'institution.read': true,
    'institution.update': true,
    'institution.create': true,
    'users.read': true,
    'users.manage': true,
    'audit.read': true,
    'apiTokens.manage': true,
    'partners.read': true,
    'partners.write': true,
    'partners.merge': true,
    'partnerCategories.manage': true,
    'partnerships.read': true,
    'partnerships.write': true,
    'interactions.read': true,
    'interactions.write': true,
    'agreements.read': true,
    'agreements.write': true,
    'agreements.sign': true,
    'clauses.manage': true,
    'activities.write': true,
    'evaluations.decide': true,
  },
  manager: {
    'institution.read': true,
    'institution.update': true,
    'institution.create': false,
    'users.read': true,
    'users.manage': true,
    'audit.read': true,
    'apiTokens.manage': true,
    'partners.read': true,
    'partners.write': true,
    'partners.merge': true,
    'partnerCategories.manage': true,
    'partnerships.read': true,
    'partnerships.write': true,
    'interactions.read': true,
    'interactions.write': true,
    'agreements.read': true,
    'agreements.write': true,
    'agreements.sign': true,
    'clauses.manage': true,
    'activities.write': true,
    'evaluations.decide': true,
  },
  facilitator: {
    'institution.read': true,
    'institution.update': false,
    'institution.create': false,
    'users.read': true,
    'users.manage': false,
    'audit.read': false,
    'apiTokens.manage': false,
    'partners.read': true,
    'partners.write': true,
    'partners.merge': false,
    'partnerCategories.manage': false,
    'partnerships.read': true,
    'partnerships.write': true,
    'interactions.read': true,
    'interactions.write': true,
    'agreements.read': true,
    'agreements.write': true,
    'agreements.sign': false,
    'clauses.manage': false,
    'activities.write': true,
    'evaluations.decide': false,
  },
  viewer: {
    'institution.read': true,
    'institution.update': false,
    'institution.create': false,
    'users.read': false,
    'users.manage': false,
    'audit.read': false,
    'apiTokens.manage': false,
    'partners.read': true,
    'partners.write': false,
    'partners.merge': false,
    'partnerCategories.manage': false,
    'partnerships.read': true,
    'partnerships.write': false,
    'interactions.read': true,
    'interactions.write': false,
    'agreements.read': true,
    'agreements.write': false,
    'agreements.sign': false,
    'clauses.manage': false,
    'activities.write': false,
    'evaluations.decide': false,
  },
  supervisor: {
    'institution.read': true,
    'institution.update': false,
    'institution.create': false,
    'users.read': false,
    'users.manage': false,
    'audit.read': false,
    'apiTokens.manage': false,
    'partners.read': true,
    'partners.write': false,
    'partners.merge': false,
    'partnerCategories.manage': false,
    'partnerships.read': true,
    'partnerships.write': false,
    'interactions.read': true,
    'interactions.write': false,
    'agreements.read': true,
    'agreements.write': false,
    'agreements.sign': false,
    'clauses.manage': false,
    'activities.write': false,
    'evaluations.decide': false,
  },
} as const satisfies Record<Role, Record<Permission, boolean>>;

export function can(role: Role, permission: Permission): boolean {
  return roleMatrix[role][permission];
}

export function listPermissions(role: Role): Permission[] {
  return permissions.filter((permission) => roleMatrix[role][permission]);
}

/** Which roles a role may hand out: nobody grants more than they hold. */
export function listAssignableRoles(role: Role): Role[] {
  if (role === 'admin') return [...roles];
  if (role === 'manager') return ['manager', 'facilitator', 'viewer'];
  return [];
}

// Staff roles, weakest first. Reading is public (unless PRIVATE=1); writing needs an editor; managing
// users, tokens and reverting changes needs an admin.
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` grants at least what `min` grants. */
export function hasRole(role: Role | null | undefined, min: Role): boolean {
  return role != null && ROLES.indexOf(role) >= ROLES.indexOf(min);
}

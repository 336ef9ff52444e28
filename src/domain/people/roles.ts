// Newsroom roles, modelled on what editors know from WordPress. Each route and use case asks for
// a capability, never for a role, so roles can change without touching them.

export const ROLES = [
  'owner',
  'administrator',
  'editor',
  'author',
  'contributor',
  'moderator',
] as const;
export type Role = (typeof ROLES)[number];

export const CAPABILITIES = [
  'manage_site',
  'manage_people',
  'edit_own_articles',
  'edit_all_articles',
  'publish_own_articles',
  'publish_all_articles',
  'upload_media',
  'moderate_comments',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

const GRANTS: Record<Role, readonly Capability[]> = {
  owner: CAPABILITIES,
  administrator: CAPABILITIES,
  editor: [
    'edit_own_articles',
    'edit_all_articles',
    'publish_own_articles',
    'publish_all_articles',
    'upload_media',
    'moderate_comments',
  ],
  author: ['edit_own_articles', 'publish_own_articles', 'upload_media'],
  contributor: ['edit_own_articles'],
  moderator: ['moderate_comments'],
};

export const isRole = (value: string | null | undefined): value is Role =>
  (ROLES as readonly (string | null | undefined)[]).includes(value);

export function can(role: Role | null | undefined, capability: Capability): boolean {
  return role ? GRANTS[role].includes(capability) : false;
}

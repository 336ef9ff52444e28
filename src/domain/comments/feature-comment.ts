import type { Clock } from '../clock.ts';
import { can, type Role } from '../people/roles.ts';

export interface FeaturePorts {
  /** Sets or clears the featured mark and logs it; only approved comments can be featured. */
  setFeatured(change: {
    number: number;
    featured: boolean;
    personId: number;
    at: Date;
  }): Promise<'done' | 'not-approved' | 'no-such-comment'>;
}

export type FeatureResult = { ok: true } | { ok: false; status: 403 | 404 | 409; reason: string };

/** Moderators pick the comments worth reading first; featured threads lead the comments. */
export async function featureComment(
  deps: { comments: FeaturePorts; clock: Clock },
  moderator: { id: number; role: Role | null },
  number: number,
  featured: boolean,
): Promise<FeatureResult> {
  if (!can(moderator.role, 'moderate_comments'))
    return { ok: false, status: 403, reason: 'You may not feature comments.' };
  const outcome = await deps.comments.setFeatured({
    number,
    featured,
    personId: moderator.id,
    at: deps.clock(),
  });
  if (outcome === 'no-such-comment')
    return { ok: false, status: 404, reason: `There is no comment ${number}.` };
  if (outcome === 'not-approved')
    return { ok: false, status: 409, reason: 'Only published comments can be featured.' };
  return { ok: true };
}

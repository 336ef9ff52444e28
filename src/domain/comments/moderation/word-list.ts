import type { CommentCandidate } from './rule.ts';
import { skeleton } from './skeleton.ts';

/**
 * The first word of `words` found in the candidate's name, email, website, text, IP or user
 * agent. Matching is a substring match, as WordPress matches its lists, but on skeletons (see
 * skeleton.ts), so "fr€e m0ney" is caught by "free money". With `stripTags`, the text is also
 * tried with tags removed, so `<b>half</b>way` matches "halfway".
 */
export function findListedWord(
  words: readonly string[],
  candidate: CommentCandidate,
  options: { stripTags?: boolean } = {},
): string | undefined {
  const haystacks = [
    candidate.name,
    candidate.email,
    candidate.url,
    candidate.text,
    candidate.ip,
    candidate.userAgent,
  ];
  if (options.stripTags) haystacks.push(candidate.text.replace(/<[^>]*>/g, ''));
  const skeletons = haystacks.map(skeleton);
  for (const raw of words) {
    const word = skeleton(raw.trim());
    if (word !== '' && skeletons.some((h) => h.includes(word))) return raw.trim();
  }
  return undefined;
}

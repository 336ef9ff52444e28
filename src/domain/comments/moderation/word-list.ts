import type { CommentCandidate } from './rule.ts';

/**
 * The first word of `words` found in the candidate's name, email, website, text, IP or user
 * agent (case-insensitive substring, as WordPress matches its lists). With `stripTags`, the text
 * is also tried with tags removed, so `<b>half</b>way` matches "halfway".
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
  const lowered = haystacks.map((h) => h.toLowerCase());
  for (const raw of words) {
    const word = raw.trim().toLowerCase();
    if (word !== '' && lowered.some((h) => h.includes(word))) return raw.trim();
  }
  return undefined;
}

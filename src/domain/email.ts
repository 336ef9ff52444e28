// Deliberately loose, like WordPress's is_email: a reader with an unusual but real address must
// not be turned away. It catches typing slips, not every invalid address.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/u;

export const looksLikeEmail = (email: string): boolean => EMAIL.test(email);

/** How addresses are matched (bans, subscriptions, privacy requests): trimmed, in any case. */
export const emailKey = (email: string): string => email.trim().toLowerCase();

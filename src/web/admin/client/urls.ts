// Which addresses the editor accepts. Links: web addresses, mailto: and paths on this site (the
// page renderer drops anything else, so refusing it here tells the writer at once). Embeds: web
// addresses only, since they are shown as link cards to another site.

const WEB = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
const MAILTO = /^mailto:[^\s]+$/i;
const SITE_PATH = /^\/(?!\/)[^\s]*$/;
/** "example.com/story" typed without a scheme: meant as a web address. */
const BARE_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#][^\s]*)?$/i;

/** Whether a stored or pasted link target is one we keep. */
export const isAllowedLink = (href: string): boolean => {
  const value = href.trim();
  return WEB.test(value) || MAILTO.test(value) || SITE_PATH.test(value);
};

/** What the writer typed as a link target, made usable, or null when it is not allowed. */
export function linkTarget(typed: string): string | null {
  const value = typed.trim();
  if (isAllowedLink(value)) return value;
  if (BARE_HOST.test(value)) return `https://${value}`;
  return null;
}

/** What the writer typed as an embed address, made usable, or null when it is not a web address. */
export function embedTarget(typed: string): string | null {
  const value = typed.trim();
  if (WEB.test(value)) return value;
  if (BARE_HOST.test(value)) return `https://${value}`;
  return null;
}

// Embedded media (oEmbed in WordPress) becomes an `embed` node: a link with the provider's name,
// since Dateline runs no third-party script on its pages.

/** Display names for the providers WordPress embeds most, by its provider slug. */
const PROVIDERS: Record<string, string> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  twitter: 'Twitter',
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  'wordpress-tv': 'WordPress.tv',
  wordpress: 'WordPress',
  soundcloud: 'SoundCloud',
  spotify: 'Spotify',
  tiktok: 'TikTok',
  flickr: 'Flickr',
  dailymotion: 'Dailymotion',
  reddit: 'Reddit',
  tumblr: 'Tumblr',
  slideshare: 'SlideShare',
  scribd: 'Scribd',
  imgur: 'Imgur',
  issuu: 'Issuu',
  mixcloud: 'Mixcloud',
  ted: 'TED',
  'amazon-kindle': 'Amazon Kindle',
  pinterest: 'Pinterest',
  'pocket-casts': 'Pocket Casts',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
};

/** Provider slugs by host name (without "www."), for bare addresses. */
const HOSTS: Record<string, string> = {
  'youtube.com': 'youtube',
  'youtu.be': 'youtube',
  'm.youtube.com': 'youtube',
  'vimeo.com': 'vimeo',
  'twitter.com': 'twitter',
  'x.com': 'x',
  'facebook.com': 'facebook',
  'instagram.com': 'instagram',
  'wordpress.tv': 'wordpress-tv',
  'soundcloud.com': 'soundcloud',
  'open.spotify.com': 'spotify',
  'tiktok.com': 'tiktok',
  'flickr.com': 'flickr',
  'flic.kr': 'flickr',
  'dailymotion.com': 'dailymotion',
  'reddit.com': 'reddit',
  'slideshare.net': 'slideshare',
  'scribd.com': 'scribd',
  'imgur.com': 'imgur',
  'issuu.com': 'issuu',
  'mixcloud.com': 'mixcloud',
  'ted.com': 'ted',
  'pinterest.com': 'pinterest',
  'bsky.app': 'bluesky',
  'threads.net': 'threads',
};

export const isWebAddress = (text: string): boolean => /^https?:\/\/[^\s<>"]+$/i.test(text);

/** The provider's display name from a WordPress provider slug, or else from the address. */
export function providerName(url: string, slug?: string): string | undefined {
  if (slug) return PROVIDERS[slug] ?? slug;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
  const found = HOSTS[host];
  return found ? PROVIDERS[found] : undefined;
}

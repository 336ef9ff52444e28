// The shape of the demo newsroom that `dateline start` seeds into an empty database.
// Everything in it is original and fictional.
import type { ArticleDocument } from '../domain/articles/document.ts';

export interface DemoSite {
  title: string;
  tagline: string;
  /** BCP 47, e.g. "en-GB". */
  language: string;
  /** IANA zone used to display times, e.g. "Europe/London". */
  timeZone: string;
}

export interface DemoSection {
  slug: string;
  name: string;
}

export interface DemoPerson {
  /** Referenced by articles' bylines. */
  key: string;
  name: string;
  slug: string;
  bio: string;
  /** Whether their author page shows a (drawn) portrait; agencies have none. */
  portrait?: boolean;
}

export interface DemoImage {
  /** Referenced by articles (lead image) and by image nodes via `imageRef`. */
  key: string;
  /** A complete SVG document, 1600x900, drawn by our own code. Rasterised to JPEG on seed. */
  svg: () => string;
  alt: string;
  caption: string;
  /** As printed after the caption, without parentheses: "Ines Halloran/Northgate Wire". */
  credit: string;
  /** The agency or source, when there is one. */
  source?: string;
  mayRedistribute: boolean;
}

export interface DemoComment {
  /** A staff member replying as themselves (shown with a staff badge); their key in `people`. */
  person?: string;
  name: string;
  email: string;
  url?: string;
  text: string;
  /** When it was posted, relative to the article's publication. */
  minutesAfterPublish: number;
  replies?: DemoComment[];
}

export interface DemoArticle {
  section: string;
  slug: string;
  headline: string;
  standfirst: string;
  /** `dated`: the dateline carries the publication date ("GENEVA, 27 November:"). */
  dateline: { place: string; dated?: boolean } | null;
  leadImage: string;
  bylines: { person: string; credit?: string }[];
  tags: string[];
  /** The body; inline images take their media id from `mediaIdFor(imageKey)`. */
  body: (mediaIdFor: (imageKey: string) => number) => ArticleDocument;
  /** Published this many hours before the seed runs. */
  publishedHoursAgo: number;
  /** Updated this many hours before the seed runs (omit when never updated). */
  updatedHoursAgo?: number;
  commentsOpen: boolean;
  comments: DemoComment[];
  /** Pinned by an editor as the front page's lead story. */
  pinned?: boolean;
  /** Corrections and update notes appended after publication. */
  corrections?: { kind: 'correction' | 'update'; text: string; hoursAgo: number }[];
}

export interface DemoContent {
  site: DemoSite;
  sections: DemoSection[];
  people: DemoPerson[];
  images: DemoImage[];
  articles: DemoArticle[];
}

// schema.org structured data for search engines, typed with schema-dts (generated from the
// schema.org vocabulary), so a misspelt property or a wrong type fails the type check.
import type {
  CorrectionComment,
  ImageObject,
  NewsArticle,
  NewsMediaOrganization,
  Person,
  SearchAction,
  WebSite,
  WithContext,
} from 'schema-dts';

export interface StructuredImage {
  url: string;
  width: number;
  height: number;
  caption: string;
  credit: string;
}

export interface Publisher {
  name: string;
  url: string;
  logo: { url: string; width: number; height: number };
}

export interface StructuredArticle {
  url: string;
  headline: string;
  description: string;
  language: string;
  image: StructuredImage | null;
  published: Date;
  modified: Date;
  authors: { name: string; url: string }[];
  publisher: Publisher;
  /** As printed: "LISBON, 12 November". */
  dateline: string | null;
  section: string;
  keywords: string[];
  corrections: { kind: 'correction' | 'update'; text: string; date: Date }[];
  commentCount: number;
}

const imageObject = (image: StructuredImage): ImageObject => ({
  '@type': 'ImageObject',
  url: image.url,
  contentUrl: image.url,
  width: { '@type': 'QuantitativeValue', value: image.width, unitCode: 'E37' },
  height: { '@type': 'QuantitativeValue', value: image.height, unitCode: 'E37' },
  ...(image.caption ? { caption: image.caption } : {}),
  ...(image.credit ? { creditText: image.credit } : {}),
});

export const publisherObject = (publisher: Publisher): NewsMediaOrganization => ({
  '@type': 'NewsMediaOrganization',
  name: publisher.name,
  url: publisher.url,
  logo: {
    '@type': 'ImageObject',
    url: publisher.logo.url,
    width: { '@type': 'QuantitativeValue', value: publisher.logo.width, unitCode: 'E37' },
    height: { '@type': 'QuantitativeValue', value: publisher.logo.height, unitCode: 'E37' },
  },
});

export function newsArticleJsonLd(a: StructuredArticle): WithContext<NewsArticle> {
  const authors: Person[] = a.authors.map((p) => ({ '@type': 'Person', name: p.name, url: p.url }));
  const corrections: CorrectionComment[] = a.corrections.map((c) => ({
    '@type': 'CorrectionComment',
    text: `${c.kind === 'update' ? 'Update' : 'Correction'}: ${c.text}`,
    datePublished: c.date.toISOString(),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': a.url,
    mainEntityOfPage: a.url,
    url: a.url,
    headline: a.headline,
    description: a.description,
    inLanguage: a.language,
    ...(a.image ? { image: [imageObject(a.image)] } : {}),
    datePublished: a.published.toISOString(),
    dateModified: a.modified.toISOString(),
    ...(authors.length ? { author: authors } : {}),
    publisher: publisherObject(a.publisher),
    ...(a.dateline ? { dateline: a.dateline } : {}),
    articleSection: a.section,
    ...(a.keywords.length ? { keywords: a.keywords.join(', ') } : {}),
    ...(corrections.length ? { correction: corrections } : {}),
    commentCount: a.commentCount,
  };
}

/** The home page's WebSite, with the site search as a SearchAction. */
export function webSiteJsonLd(site: {
  name: string;
  url: string;
  description: string;
  language: string;
  publisher: Publisher;
}): WithContext<WebSite> {
  // `query-input` is an annotation of schema.org's Potential Actions, not a property, so it is
  // outside the generated types.
  const search: SearchAction & { 'query-input': string } = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${site.url}/search?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${site.url}/#website`,
    name: site.name,
    url: `${site.url}/`,
    ...(site.description ? { description: site.description } : {}),
    inLanguage: site.language,
    publisher: publisherObject(site.publisher),
    potentialAction: search,
  };
}

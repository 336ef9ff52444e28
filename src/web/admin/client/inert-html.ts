// Parsing HTML with DOMParser in this page applies the page's Content-Security-Policy to it:
// every style attribute and <style> element in pasted Word or Docs markup is refused, with an
// error in the console, although the parsed document is never shown. So before parsing,
// <style> elements are removed and style attributes renamed; code that wants a style (to see
// bold written as `font-weight: 700`) reads the renamed attribute.

export const INERT_STYLE = 'data-inert-style';

const STYLE_ELEMENTS = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
/** A start tag with its attributes (quoted values may hold ">"). */
const START_TAG =
  /<[a-z][^\s/>]*(?:\s+[^\s"'=<>`/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>`]+))?)*\s*\/?>/gi;
const STYLE_ATTRIBUTE = /(\s)style(?=\s*=|\s|\/?>)/gi;

/** The markup with styles made inert: nothing in it is an inline style any more. */
export const withoutInlineStyles = (html: string): string =>
  html
    .replace(STYLE_ELEMENTS, '')
    .replace(START_TAG, (tag) => tag.replace(STYLE_ATTRIBUTE, `$1${INERT_STYLE}`));

/** Parses markup without loading, running or styling anything in it. */
export const parseInert = (html: string): Document =>
  new DOMParser().parseFromString(withoutInlineStyles(html), 'text/html');

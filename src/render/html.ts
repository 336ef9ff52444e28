import type { JSX } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** A whole HTML document. Preact escapes every text and attribute value it renders. */
export const renderDocument = (page: JSX.Element): string =>
  `<!doctype html>${renderToString(page)}`;

export const renderFragment = (node: JSX.Element): string => renderToString(node);

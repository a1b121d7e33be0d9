import sanitizeHtml from 'sanitize-html';

/**
 * The only HTML an article body may hold: headings, paragraphs, lists, quotes, emphasis, links
 * (http, https, mailto) and images (http, https or this site's paths). Everything else — scripts,
 * styles, event handlers, frames, javascript: and data: URLs — is dropped, because the public pages
 * print the stored body as it is.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'hr'],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer nofollow' } }),
    h1: 'h2',
  },
  allowedAttributesByTag: undefined,
} as sanitizeHtml.IOptions;
// rel is set by the transform; it must also pass the attribute filter that runs after it.
(options.allowedAttributes as Record<string, string[]>).a.push('rel');

export function sanitiseArticleHtml(html: string): string {
  return sanitizeHtml(html, options).trim();
}

/** The body as plain text, for search and for a summary when the author gave none. */
export function plainTextOf(html: string): string {
  const spaced = html.replace(/<\/(h\d|p|li|blockquote)>|<br\s*\/?>/gi, '$& ');
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}

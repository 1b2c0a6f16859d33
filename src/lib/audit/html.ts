import { parseHTML } from 'linkedom';

/** A parsed HTML document; linkedom is enough for reading attributes and ids, no browser needed. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

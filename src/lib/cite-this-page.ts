import { MONTHS } from './format-date.ts';
/** One run of a citation's text; titles are set in italics where the style asks for it. */
export interface CitationPart {
  text: string;
  italic?: boolean;
}

export interface PageToCite {
  /** The page's title, e.g. "The capture". */
  title: string;
  /** The site's name, which stands as author and container. */
  site: string;
  /** The page's full address. */
  url: string;
  /** The day the page last changed, YYYY-MM-DD. */
  updated: string;
}

const MONTHS_MLA = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** Ready citations of a page in APA (7th ed.), MLA (9th ed.) and Chicago (17th ed., bibliography) styles. */
export function citePage(page: PageToCite): Record<'APA' | 'MLA' | 'Chicago', CitationPart[]> {
  const [y, m, d] = page.updated.split('-').map(Number);
  return {
    APA: [{ text: `${page.site}. (${y}, ${MONTHS[m - 1]} ${d}). ` }, { text: page.title, italic: true }, { text: `. ${page.url}` }],
    MLA: [
      { text: `“${page.title}.” ` },
      { text: page.site, italic: true },
      { text: `, ${d} ${MONTHS_MLA[m - 1]} ${y}, ${page.url.replace(/^https?:\/\//, '')}.` },
    ],
    Chicago: [{ text: `${page.site}. “${page.title}.” Last modified ${MONTHS[m - 1]} ${d}, ${y}. ${page.url}.` }],
  };
}

/** The plain text of a citation, as it is copied. */
export const citationText = (parts: CitationPart[]) => parts.map((p) => p.text).join('');

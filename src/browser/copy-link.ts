import { announce, copyText } from './announce.ts';

/**
 * Section links (a.heading-anchor) work as plain links without JavaScript. With it, a click also copies the full
 * address of the section and says so, and the address bar follows without adding a history entry.
 */
export function enhanceSectionLinks(root: ParentNode = document): () => void {
  const onClick = async (event: Event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.heading-anchor');
    if (!link) return;
    event.preventDefault();
    const url = new URL(link.getAttribute('href')!, location.href);
    history.replaceState(null, '', url);
    document.getElementById(url.hash.slice(1))?.scrollIntoView();
    announce((await copyText(url.href)) ? 'Link to this section copied' : 'Link to this section is in the address bar');
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}

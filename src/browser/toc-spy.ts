/** <bl-toc-spy>: marks the table-of-contents link of the section being read with aria-current="location". */
export class TocSpy extends HTMLElement {
  #observer?: IntersectionObserver;

  connectedCallback() {
    const links = new Map<string, HTMLAnchorElement>();
    this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]').forEach((a) => links.set(decodeURIComponent(a.hash.slice(1)), a));
    const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
    this.#observer = new IntersectionObserver(
      (entries) => {
        const visible = entries.filter((e) => e.isIntersecting).sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top)[0];
        if (!visible) return;
        links.forEach((a) => a.removeAttribute('aria-current'));
        links.get(visible.target.id)?.setAttribute('aria-current', 'location');
      },
      { rootMargin: '0px 0px -70% 0px' },
    );
    headings.forEach((h) => this.#observer!.observe(h));
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }
}

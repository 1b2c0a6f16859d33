interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: Array<{ url: string; title: string; excerpt: string }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> }>;
}

/** Pagefind marks matches with <mark>; build the excerpt as text and <mark> nodes, never as parsed HTML. */
export function excerptNodes(excerpt: string): Node[] {
  const decode = (text: string) => new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent ?? '';
  return excerpt
    .split(/(<mark>.*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = /^<mark>(.*)<\/mark>$/.exec(part);
      if (!marked) return document.createTextNode(decode(part.replace(/<[^>]*>/g, '')));
      const mark = document.createElement('mark');
      mark.textContent = decode(marked[1]);
      return mark;
    });
}

/** <bl-site-search data-bundle="/pagefind/">: runs the Pagefind index in the browser; results link to sections. */
export class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #input?: HTMLInputElement;
  #timer = 0;
  #run = () => void this.#search(this.#input?.value.trim() ?? '');
  #onInput = () => {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(this.#run, 200);
  };
  #onSubmit = (event: Event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', this.#input?.value ?? '');
    history.replaceState(null, '', url);
    this.#run();
  };

  connectedCallback() {
    this.#input = this.querySelector('input') ?? undefined;
    this.#input?.addEventListener('input', this.#onInput);
    this.querySelector('form')?.addEventListener('submit', this.#onSubmit);
    const query = new URL(location.href).searchParams.get('q');
    if (query && this.#input) {
      this.#input.value = query;
      this.#run();
    }
  }

  disconnectedCallback() {
    this.#input?.removeEventListener('input', this.#onInput);
    this.querySelector('form')?.removeEventListener('submit', this.#onSubmit);
    clearTimeout(this.#timer);
  }

  async #search(query: string) {
    const status = this.querySelector('[data-status]')!;
    const list = this.querySelector('[data-results]')!;
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    this.#pagefind ??= import(/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`) as Promise<Pagefind>;
    const found = await (await this.#pagefind).search(query);
    const results = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    status.textContent = results.length === 0 ? `No results for “${query}”.` : `${found.results.length} pages match “${query}”.`;
    for (const result of results) {
      const item = document.createElement('li');
      const heading = document.createElement('a');
      heading.href = result.url;
      heading.className = 'font-sans text-lg font-semibold';
      heading.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(result.excerpt));
      item.append(heading, excerpt);
      const sections = (result.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3);
      if (sections.length > 0) {
        const sub = document.createElement('ul');
        sub.className = 'mt-1 list-disc pl-6 font-sans text-sm';
        for (const section of sections) {
          const li = document.createElement('li');
          const link = document.createElement('a');
          link.href = section.url;
          link.textContent = section.title;
          li.append(link);
          sub.append(li);
        }
        item.append(sub);
      }
      list.append(item);
    }
  }
}

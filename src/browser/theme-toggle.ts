import { THEME_STORAGE_KEY } from '../lib/theme.ts';
import { announce } from './announce.ts';

/** The theme the page shows now: the reader's choice, else the system's. */
function currentTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** <bl-theme-toggle><button>…</button></bl-theme-toggle>: switches light/dark and remembers the choice. */
export class ThemeToggle extends HTMLElement {
  #button?: HTMLButtonElement;
  #onClick = () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    this.#render();
    announce(`${next === 'dark' ? 'Dark' : 'Light'} theme`);
  };

  connectedCallback() {
    this.#button = this.querySelector('button') ?? undefined;
    this.#button?.addEventListener('click', this.#onClick);
    this.#render();
  }

  disconnectedCallback() {
    this.#button?.removeEventListener('click', this.#onClick);
  }

  #render() {
    if (!this.#button) return;
    const dark = currentTheme() === 'dark';
    this.#button.setAttribute('aria-pressed', String(dark));
    const label = this.#button.querySelector('[data-label]');
    if (label) label.textContent = 'Dark theme';
  }
}

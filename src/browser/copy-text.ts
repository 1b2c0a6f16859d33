import { announce, copyText } from './announce.ts';

/** <bl-copy-text for="id" label="APA citation"><button hidden>Copy</button></bl-copy-text>: copies an element's text. */
export class CopyText extends HTMLElement {
  #button?: HTMLButtonElement;
  #onClick = async () => {
    const target = document.getElementById(this.getAttribute('for') ?? '');
    if (!target) return;
    const ok = await copyText(target.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    announce(ok ? `${this.getAttribute('label') ?? 'Text'} copied` : 'Copying is not allowed here; select the text instead');
  };

  connectedCallback() {
    this.#button = this.querySelector('button') ?? undefined;
    if (!this.#button) return;
    this.#button.hidden = false;
    this.#button.addEventListener('click', this.#onClick);
  }

  disconnectedCallback() {
    this.#button?.removeEventListener('click', this.#onClick);
  }
}

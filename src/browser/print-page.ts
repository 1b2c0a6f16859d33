/** <bl-print-page><button>Print</button></bl-print-page>: opens the browser's print dialogue. */
export class PrintPage extends HTMLElement {
  #onClick = () => window.print();
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', this.#onClick);
  }
  disconnectedCallback() {
    this.querySelector('button')?.removeEventListener('click', this.#onClick);
  }
}

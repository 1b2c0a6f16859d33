/** <bl-reading-progress>: a thin bar showing how far through the article the reader is. Decorative (aria-hidden). */
export class ReadingProgress extends HTMLElement {
  #frame = 0;
  #update = () => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      const article = document.querySelector('article');
      if (!article) return;
      const { top, height } = article.getBoundingClientRect();
      const progress = Math.min(1, Math.max(0, -top / Math.max(1, height - innerHeight)));
      this.style.transform = `scaleX(${progress})`;
    });
  };

  connectedCallback() {
    addEventListener('scroll', this.#update, { passive: true });
    addEventListener('resize', this.#update);
    this.#update();
  }

  disconnectedCallback() {
    removeEventListener('scroll', this.#update);
    removeEventListener('resize', this.#update);
    cancelAnimationFrame(this.#frame);
  }
}

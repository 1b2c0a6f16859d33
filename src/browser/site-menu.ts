/**
 * <bl-site-menu>: on narrow screens the header's navigation is folded behind "Menu". Without JavaScript that is a
 * link to #site-menu, shown by :target. This element turns it into a disclosure button: it opens and closes the
 * list in place, closes on Escape (returning focus to the button) and when a link in it is followed.
 */
export class SiteMenu extends HTMLElement {
  #toggle?: HTMLElement;
  #menu?: HTMLElement;

  connectedCallback() {
    this.#toggle = this.querySelector<HTMLElement>('[data-menu-toggle]') ?? undefined;
    this.#menu = this.querySelector<HTMLElement>('#site-menu') ?? undefined;
    if (!this.#toggle || !this.#menu) return;
    this.#toggle.setAttribute('role', 'button');
    this.#toggle.setAttribute('aria-controls', this.#menu.id);
    this.#toggle.setAttribute('aria-expanded', 'false');
    this.#toggle.addEventListener('click', (event) => {
      event.preventDefault();
      this.#set(this.#toggle!.getAttribute('aria-expanded') !== 'true');
    });
    // A link that acts as a button answers Space as well as Enter.
    this.#toggle.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        this.#toggle!.click();
      }
    });
    this.querySelector('[data-menu-close]')?.remove();
    this.#menu.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a[href]')) this.#set(false);
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.#toggle!.getAttribute('aria-expanded') === 'true') {
        this.#set(false);
        this.#toggle!.focus();
      }
    });
  }

  #set(open: boolean) {
    this.#toggle!.setAttribute('aria-expanded', String(open));
    this.#menu!.toggleAttribute('data-open', open);
  }
}

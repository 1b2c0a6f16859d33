// The timeline's event card: a copy of the event's list entry and a control that copies the event's address.

/** The card's children for one event's list entry; `address` is the link the control copies. */
export function eventCard(entry: HTMLLIElement, address: string): Node[] {
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'tl-button';
  copy.textContent = 'Copy link to this event';
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(address);
      copy.textContent = 'Link copied';
    } catch {
      copy.textContent = 'Copy failed: the address bar has the link';
    }
  });
  const tools = document.createElement('div');
  tools.className = 'tl-card-tools';
  tools.append(copy);
  return [...[...entry.children].map((c) => c.cloneNode(true)), tools];
}

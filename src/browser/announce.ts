/** Say something to screen-reader users through the page's polite live region (see BaseLayout). */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after a tick makes screen readers announce the same message twice in a row too.
  window.setTimeout(() => (region.textContent = message), 50);
}

/** Copy text to the clipboard; resolves false when the browser refuses (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

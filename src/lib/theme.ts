/** Where the reader's theme choice is remembered. */
export const THEME_STORAGE_KEY = 'border-lines-theme';

/**
 * Runs in the <head> before the first paint, so a reader who chose a theme never sees the other one flash.
 * It also marks the page as scripted (`js` class) so controls that need JavaScript appear without a jump.
 * Inline on purpose; its hash is allowed by the Content Security Policy (see astro.config.mjs).
 */
export const THEME_BOOT_SCRIPT = `document.documentElement.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

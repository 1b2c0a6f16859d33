// The few enhancements every page shares. Everything they enhance works without them.
import { enhanceSectionLinks } from './copy-link.ts';
import { CopyText } from './copy-text.ts';
import { enhanceGlossaryTerms } from './glossary-terms.ts';
import { PrintPage } from './print-page.ts';
import { ReadingProgress } from './reading-progress.ts';
import { SiteMenu } from './site-menu.ts';
import { ThemeToggle } from './theme-toggle.ts';
import { TocSpy } from './toc-spy.ts';

const define = (name: string, element: CustomElementConstructor) => customElements.get(name) ?? customElements.define(name, element);
define('theme-toggle', ThemeToggle);
define('site-menu', SiteMenu);
define('copy-text', CopyText);
define('toc-spy', TocSpy);
define('reading-progress', ReadingProgress);
define('print-page', PrintPage);
enhanceSectionLinks();
enhanceGlossaryTerms();

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
define('bl-theme-toggle', ThemeToggle);
define('bl-site-menu', SiteMenu);
define('bl-copy-text', CopyText);
define('bl-toc-spy', TocSpy);
define('bl-reading-progress', ReadingProgress);
define('bl-print-page', PrintPage);
enhanceSectionLinks();
enhanceGlossaryTerms();

import type { BrowserContext, Page } from 'playwright-core';

/** What a page did that a reader should never see: console errors, failed requests, requests off the site. */
export interface PageReport {
  consoleErrors: string[];
  failedRequests: string[];
  offOrigin: string[];
}

/** Record Content Security Policy violations in the page, to be read with `cspViolations(page)`. */
export async function listenForCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = store;
    document.addEventListener('securitypolicyviolation', (e) => store.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  });
}

/** The CSP violations recorded in a page so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/**
 * Watch a browser context: every request that leaves `origin` is recorded and blocked (so a test can never reach
 * the internet), and failures and console errors are collected per page.
 */
export async function watchContext(context: BrowserContext, origin: string): Promise<PageReport> {
  const report: PageReport = { consoleErrors: [], failedRequests: [], offOrigin: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    report.offOrigin.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('console', (message) => {
    if (message.type() === 'error') report.consoleErrors.push(message.text());
  });
  context.on('requestfailed', (request) => {
    if (!report.offOrigin.includes(request.url())) report.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`);
  });
  context.on('response', (response) => {
    const url = response.url();
    // The 404 page is supposed to answer 404; anything else that fails is a broken link or asset.
    if (response.status() >= 400 && !url.endsWith('/404.html') && !url.includes('/no-such-page'))
      report.failedRequests.push(`${url} (HTTP ${response.status()})`);
  });
  return report;
}

/** Clear a report between pages. */
export function resetReport(report: PageReport): void {
  report.consoleErrors.length = 0;
  report.failedRequests.length = 0;
  report.offOrigin.length = 0;
}

/** True when the page is wider than the viewport, i.e. the reader would have to scroll sideways. */
export async function scrollsSideways(page: Page): Promise<{ scrollWidth: number; viewport: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
}

/** The axe rule tags for WCAG 2.2 levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

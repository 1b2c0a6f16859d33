import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks } from '../../src/lib/audit/links.ts';
import { CSP_DIRECTIVES, cspHash } from '../../src/lib/security.ts';
import { THEME_BOOT_SCRIPT } from '../../src/lib/theme.ts';
import { budgetFor, overBudget, weighPage, type Budgets } from '../../src/lib/audit/size.ts';
import { distReader, readBuiltPages } from '../../scripts/lib/dist.ts';
import { ROOT } from '../support/build.ts';

const distDir = inject('distDir');
const pages = readBuiltPages(distDir);
const read = distReader(distDir);

describe('quality gates on the built site', () => {
  it('every internal link, asset and #fragment resolves (external links are listed, not fetched)', () => {
    const report = checkLinks(pages, (path) => read(path) !== undefined);
    expect(report.broken).toEqual([]);
    expect(report.checked).toBeGreaterThan(100);
    console.log(`links: ${report.checked} internal checked, ${report.external.size} external listed`);
  });

  it.each(pages.map((p) => [p.path, p.html]))('%s is valid HTML (html-validate, recommended rules)', async (_path, html) => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')));
    const report = await validator.validateString(html);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });

  it('every page is within the budgets in budgets.json', () => {
    const budgets: Budgets = JSON.parse(readFileSync(join(ROOT, 'budgets.json'), 'utf8'));
    const problems = pages.flatMap((p) => overBudget(weighPage(p.path, p.html, read), budgetFor(p.path, budgets)));
    expect(problems).toEqual([]);
  });

  it('every page carries a Content Security Policy without unsafe-inline or unsafe-eval', () => {
    for (const { path, html } of pages) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(policy, path).toBeDefined();
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    }
  });

  it('dist/_headers sends the same policy, plus what a <meta> tag cannot carry', async () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    const policy = /Content-Security-Policy: (.+)/.exec(headers)![1];
    for (const directive of CSP_DIRECTIVES) expect(policy).toContain(directive);
    expect(policy).toContain(await cspHash(THEME_BOOT_SCRIPT));
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    // Every inline script in a page must be allowed by the header policy too.
    for (const { path, html } of pages) {
      for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
        expect(policy, `inline script on ${path}`).toContain(await cspHash(body));
      }
    }
    expect(policy).toContain("frame-ancestors 'self'");
    for (const header of ['Strict-Transport-Security', 'X-Content-Type-Options: nosniff', 'Referrer-Policy', 'Permissions-Policy'])
      expect(headers).toContain(header);
  });
});

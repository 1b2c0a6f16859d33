// Which src/lib modules reach the browser: everything src/browser/ imports, followed to the end. This drives the
// pages' JavaScript weight, so it is listed here and in docs/architecture.md, and kept free of build-only code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BROWSER = join(ROOT, 'src', 'browser');

/** Every local module a file imports for its values (type-only imports vanish from the bundle). */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+(?!type\b)[^'"]*?['"](\.[^'"]+)['"]/gm), ...text.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)]
    .map((m) => resolve(dirname(file), m[1]))
    .filter((path) => path.endsWith('.ts') && existsSync(path));
}

function reached(): Set<string> {
  const seen = new Set<string>();
  const queue = readdirSync(BROWSER)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(BROWSER, f));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...valueImports(file));
  }
  return new Set([...seen].map((f) => relative(ROOT, f)).filter((f) => f.startsWith('src/lib/') || f.startsWith('src/schemas/')));
}

describe('the code that reaches the browser', () => {
  const modules = [...reached()].sort();

  it('is only small, pure src/lib modules: no schema, no content check, no build-time drawing', () => {
    expect(modules.length).toBeGreaterThan(5);
    for (const module of modules) {
      expect(module, 'the schemas pull in zod').not.toMatch(/^src\/schemas\//);
      expect(module, 'build-time only').not.toMatch(/^src\/lib\/(content|audit|offline|embed|figures|mdx)\//);
      const packages = [...readFileSync(join(ROOT, module), 'utf8').matchAll(/^import\s+(?!type\b)[^'"]*['"]((?!\.)[^'"]+)['"]/gm)].map((m) => m[1]);
      // d3's time and geo modules draw the timeline and the map; nothing else from a package belongs here.
      expect(
        packages.filter((p) => !['d3-geo', 'd3-time'].includes(p)),
        module,
      ).toEqual([]);
    }
  });

  it('is the list docs/architecture.md gives', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
    for (const module of modules) expect(doc, `docs/architecture.md should list ${module}`).toContain(`\`${module.replace(/^src\/lib\//, '')}\``);
  });
});

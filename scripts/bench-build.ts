// npm run bench:build — build synthetic content at 1×, 5× and 20× the real size and print time and dist/ size.
// Copies of each chapter (new slug and order) and of each event (new id, pointing at the copied chapter) multiply
// chapters, events and citations together; places, sources and glossary stay shared, as they would in real growth.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = process.cwd();
const factors = (process.argv[2] ?? '1,5,20').split(',').map(Number);
const scratch = mkdtempSync(join(tmpdir(), 'border-lines-bench-'));

let synthesised = 0;
function synthesise(factor: number): string {
  const dir = join(scratch, `content-${factor}x-${synthesised++}`);
  cpSync(join(root, 'content'), dir, { recursive: true });
  const chapters = readdirSync(join(dir, 'chapters'));
  const events = readdirSync(join(dir, 'events'));
  for (let copy = 2; copy <= factor; copy++) {
    for (const file of chapters) {
      const text = readFileSync(join(dir, 'chapters', file), 'utf8')
        .replace(/^slug: (\S+)$/m, `slug: $1-copy-${copy}`)
        .replace(/^order: (\d+)$/m, (_, n) => `order: ${Number(n) + copy * 100}`)
        .replace(/^title: (.+)$/m, `title: $1 (copy ${copy})`);
      writeFileSync(join(dir, 'chapters', file.replace('.mdx', `-copy-${copy}.mdx`)), text);
    }
    for (const file of events) {
      const id = file.replace('.yaml', `-copy-${copy}`);
      const text = readFileSync(join(dir, 'events', file), 'utf8')
        .replace(/^id: .+$/m, `id: ${id}`)
        .replace(/^chapter: (\S+)$/m, `chapter: $1-copy-${copy}`);
      writeFileSync(join(dir, 'events', `${id}.yaml`), text);
    }
  }
  return dir;
}

function sizeOf(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? sizeOf(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
}

function build(content: string, outDir: string) {
  mkdirSync(outDir, { recursive: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, BORDER_LINES_CONTENT: content, BORDER_LINES_STANDARDS: 'off', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { result, seconds: (performance.now() - started) / 1000 };
}

// One untimed build first: the first build of a session also fills caches, which would flatter the ratio.
build(synthesise(1), join(scratch, 'warm-up'));

const rows: Array<{ factor: number; chapters: number; events: number; seconds: number; mb: number }> = [];
for (const factor of factors) {
  const content = synthesise(factor);
  const outDir = join(scratch, `dist-${factor}x`);
  const { result, seconds } = build(content, outDir);
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  rows.push({
    factor,
    chapters: readdirSync(join(content, 'chapters')).length,
    events: readdirSync(join(content, 'events')).length,
    seconds,
    mb: sizeOf(outDir) / 1e6,
  });
  console.log(
    `${String(factor).padStart(3)}×  ${String(rows.at(-1)!.chapters).padStart(4)} chapters  ${String(rows.at(-1)!.events).padStart(5)} events  build ${seconds.toFixed(1).padStart(6)} s  dist ${rows.at(-1)!.mb.toFixed(1).padStart(6)} MB`,
  );
}
rmSync(scratch, { recursive: true, force: true });

const first = rows[0];
const last = rows.at(-1)!;
if (rows.length > 1) {
  const ratio = last.seconds / first.seconds;
  const allowed = last.factor / first.factor + 5;
  console.log(`\n${last.factor}× content took ${ratio.toFixed(1)}× the time of ${first.factor}× (limit ${allowed}×: about linear).`);
  if (ratio > allowed) process.exit(1);
}

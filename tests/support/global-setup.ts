import type { TestProject } from 'vitest/node';
import { join } from 'node:path';
import { astroBuild, ROOT } from './build.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    distDir: string;
  }
}

/** Build the real site once for the build and browser tests, then serve it on a free local port. */
export default async function setup(project: TestProject) {
  const distDir = join(ROOT, 'dist');
  const started = Date.now();
  const { status, output } = astroBuild();
  if (status !== 0) throw new Error(`The site did not build, so the site tests cannot run:\n${output}`);
  console.log(`site build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const { server, origin } = await serveStatic(distDir);
  project.provide('origin', origin);
  project.provide('distDir', distDir);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

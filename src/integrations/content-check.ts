import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/content/problem.ts';
import { readContentTexts } from '../lib/content/read.ts';
import { validateContent } from '../lib/content/validate.ts';

/**
 * Run the project's content check before Astro reads content/, so editors see every problem at once, with file,
 * line and field, instead of Astro's first schema error and a stack trace. A build stops; the dev server keeps
 * running and shows the list in the terminal so the editor can fix and save.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'border-lines:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problems = validateContent(readContentTexts());
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build') {
          console.error(`\n${report}\n`);
          // Exit instead of throwing: a thrown error would print a stack trace an editor cannot use.
          process.exit(1);
        }
        logger.warn(`\n${report}`);
      },
    },
  };
}

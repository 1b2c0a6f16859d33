// Runs only the content validation and prints every problem with file, line and field. Fast enough for every save.
import { formatProblems } from '../src/lib/content/problem.ts';
import { readContentTexts } from '../src/lib/content/read.ts';
import { validateContent } from '../src/lib/content/validate.ts';

const started = performance.now();
const content = readContentTexts();
const problems = validateContent(content);
const files = content.chapters.length + content.pages.length + content.events.length + (content.figures?.length ?? 0) + (content.teachers?.length ?? 0) + 4;
const ms = Math.round(performance.now() - started);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content check: ${files} files, no problems (${ms} ms).`);

// `npm run eval -- <task> <file>`: runs one engine over a public benchmark file and prints
// one JSON line. Tasks register in evalTasks.
import { evalTasks } from './eval/evalTasks';

const [task, file] = process.argv.slice(2);
const run = task ? evalTasks[task] : undefined;
if (!run || !file) {
  process.stderr.write(`usage: npm run --silent eval -- <task> <file>\ntasks: ${Object.keys(evalTasks).join(', ')}\n`);
  process.exit(64);
}
try {
  process.stdout.write(`${JSON.stringify(await run(file))}\n`);
} catch (error) {
  process.stderr.write(`eval ${task}: ${(error as Error).message}\n`);
  process.exit(1);
}

import type { z } from 'zod';

/** One JSON object per non-blank line, each checked against `schema`; errors name the line. */
export function readGoldLines<Schema extends z.ZodType>(content: string, file: string, schema: Schema): z.infer<Schema>[] {
  const cases: z.infer<Schema>[] = [];
  content.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${index + 1}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      throw new Error(`${file}:${index + 1}: ${field}${issue?.message ?? 'invalid'}`);
    }
    cases.push(parsed.data);
  });
  return cases;
}

import type { z } from 'zod';

export interface FieldProblem {
  path: (string | number)[];
  code: string;
  message: string;
}

export function toFieldProblems(error: z.ZodError, prefix: string): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))],
    code: issue.code,
    message: issue.message,
    ...('keys' in issue && Array.isArray(issue.keys) ? { keys: issue.keys } : {}),
  }));
}

// zod issues as per-field messages: one path string per field ("sources.0.excerpt") that the form
// links to its input and the API returns as is.
import type { z } from 'zod';
import type { FieldIssue } from './api';

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(record)';
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ path, message: issue.message });
  }
  return out;
}

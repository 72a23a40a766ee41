// html-validate's recommended rules over built pages, as the validity tests use them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';

/** Every error html-validate's recommended rules find in the given pages of `dist`, as `page:line:col: message [rule]`. */
export async function htmlErrors(dist: string, pages: readonly string[]): Promise<string[]> {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const errors: string[] = [];
  for (const p of pages) {
    const report = await validator.validateString(readFileSync(join(dist, p), 'utf8'), p);
    for (const r of report.results) for (const m of r.messages) errors.push(`${p}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`);
  }
  return errors;
}

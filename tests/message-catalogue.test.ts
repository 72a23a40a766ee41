// Every rule the ingest reports has Chinese text for the site: the rule ids are
// read from the sources, so a new rule without an entry fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNREADABLE_RULES } from '../src/ingest-run/read-error.ts';
import { RULES_ZH, ruleText } from '../src/schema/message-catalogue.ts';

const root = join(import.meta.dirname, '..');
const sources = ['src/ingest', 'src/ingest-run'].flatMap((dir) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(root, dir, f), 'utf8')),
);
// `sink.report('warning', 'rule', …)` (on one line or several), `report(severity, 'rule', …)`, `warn(messages, file, 'rule', …)`, `ruleId: 'rule'`.
const PATTERNS = [/report\(\s*(?:'(?:error|warning|info)'|\w+),\s*'([a-z][a-z0-9-]*)'/g, /warn\(\s*\w+,\s*[^,]+,\s*'([a-z][a-z0-9-]*)'/g, /ruleId: '([a-z][a-z0-9-]*)'/g];
const used = new Set([...sources.flatMap((text) => PATTERNS.flatMap((p) => [...text.matchAll(p)].map((m) => m[1]!))), ...Object.values(UNREADABLE_RULES)]);

describe('the Chinese message catalogue', () => {
  it('has an entry for every rule id ingest reports', () => {
    expect(used.size).toBeGreaterThan(25);
    expect([...used].filter((id) => !ruleText(id)).sort()).toEqual([]);
  });

  it('holds no entry for a rule nobody reports', () => {
    expect(Object.keys(RULES_ZH).filter((id) => !used.has(id))).toEqual([]);
  });

  it('is Chinese, in full-width punctuation, ending each sentence', () => {
    for (const [id, t] of Object.entries(RULES_ZH)) {
      for (const text of [t.reason, t.hint].filter((x): x is string => x !== null)) {
        expect(text, id).toMatch(/\p{Script=Han}/u);
        expect(text, id).toMatch(/。$/);
        expect(text, id).not.toMatch(/[\p{Script=Han}][,;:!?]|[,;:!?][\p{Script=Han}]/u);
      }
    }
    expect(ruleText('no-such-rule')).toBeNull();
    expect(ruleText('constructor')).toBeNull();
  });
});

import { bibtexRecord, risRecord } from '../../text/reference-files.ts';
import type { ResultRecord } from './highlight.ts';

/** The results as reference files: RIS records one after another, and BibTeX entries. The subtitle is not in a result's record, so the title stands alone. */
function resultReferences(records: readonly ResultRecord[], permalink: (id: string) => string): { ris: string; bibtex: string } {
  const items = records.map((r) => ({ r, e: { ...r, authors: r.authors.map((name) => ({ name })) } }));
  return {
    ris: items.map(({ r, e }) => risRecord(e, r.title, permalink(r.id), { pageName: null })).join(''),
    bibtex: items.map(({ r, e }) => bibtexRecord(e, r.title, permalink(r.id))).join('\n'),
  };
}

/** Points the export links at files of the results shown, each a blob the browser made (the previous ones released). */
export function linkReferences(ris: HTMLAnchorElement, bibtex: HTMLAnchorElement, records: readonly ResultRecord[], permalink: (id: string) => string): void {
  const files = resultReferences(records, permalink);
  for (const [a, text, type] of [
    [ris, files.ris, 'application/x-research-info-systems'],
    [bibtex, files.bibtex, 'application/x-bibtex'],
  ] as const) {
    if (a.href.startsWith('blob:')) URL.revokeObjectURL(a.href);
    a.href = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    // Set with the address: `download` on a link without one is not valid HTML.
    a.download = a.dataset.file!;
  }
}

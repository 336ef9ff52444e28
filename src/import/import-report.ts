// What an import did, for the person running it: what came in, what was left out and why, and
// what came in changed (the converter's and the importer's warnings). Counted per kind, so the
// report of a site with 50,000 posts is as long as that of a site with 5.

export interface WarningSummary {
  /** The warning with its particulars (addresses, numbers) taken out. */
  kind: string;
  count: number;
  /** The first few, in full, with the item they came from. */
  examples: string[];
}

export interface ImportSummary {
  /** What was added, by kind: posts, pages, media, comments, people, sections, tags, redirects. */
  imported: Record<string, number>;
  /** What was left out, by reason. */
  skipped: Record<string, number>;
  warnings: WarningSummary[];
}

export interface ImportProgress {
  /** 'media' while attachments are read (first pass), then 'content'. */
  phase: string;
  /** Records read from the file in this phase. */
  read: number;
  summary: ImportSummary;
}

const EXAMPLES = 3;

/** A warning's kind: the same problem with different addresses or numbers is one kind. */
export function warningKind(message: string): string {
  return message
    .replace(/(?:https?:)?\/\/[^\s;,)]+/g, '…')
    .replace(/(?<!\w)\d+(?:, \d+)*(?!\w)/g, 'N')
    .replace(/"[^"]*"/g, '"…"');
}

export class ImportReport {
  private readonly imported = new Map<string, number>();
  private readonly skipped = new Map<string, number>();
  private readonly warnings = new Map<string, WarningSummary>();

  added(kind: string, n = 1): void {
    if (n > 0) this.imported.set(kind, (this.imported.get(kind) ?? 0) + n);
  }

  skip(reason: string, n = 1): void {
    if (n > 0) this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + n);
  }

  /** `where` names the item ("post 12"); `n` counts a warning the converter already merged. */
  warn(message: string, where: string, n = 1): void {
    const kind = warningKind(message);
    const entry = this.warnings.get(kind) ?? { kind, count: 0, examples: [] };
    entry.count += n;
    if (entry.examples.length < EXAMPLES) entry.examples.push(`${where}: ${message}`);
    this.warnings.set(kind, entry);
  }

  /** Warnings as `contentToDocument` lists them ("… (3 times)"). */
  converterWarnings(list: string[], where: string): void {
    for (const line of list) {
      const match = /^([\s\S]*) \((\d+) times\)$/.exec(line);
      this.warn(match ? match[1]! : line, where, match ? Number(match[2]) : 1);
    }
  }

  count(kind: string): number {
    return this.imported.get(kind) ?? 0;
  }

  summary(): ImportSummary {
    return {
      imported: Object.fromEntries(this.imported),
      skipped: Object.fromEntries(this.skipped),
      warnings: [...this.warnings.values()]
        .sort((a, b) => b.count - a.count)
        .map((w) => ({ ...w, examples: [...w.examples] })),
    };
  }
}

const ORDER = ['people', 'sections', 'tags', 'media', 'posts', 'pages', 'comments', 'redirects'];

/** The summary as lines of text, for the terminal. */
export function formatSummary(summary: ImportSummary): string[] {
  const imported = Object.entries(summary.imported).sort(
    ([a], [b]) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99),
  );
  const skipped = Object.entries(summary.skipped).sort(([, a], [, b]) => b - a);
  const width = Math.max(0, ...[...imported, ...skipped].map(([, n]) => String(n).length));
  const pad = (n: number) => String(n).padStart(width);
  return [
    'Imported:',
    ...(imported.length ? imported.map(([k, n]) => `  ${pad(n)} ${k}`) : ['  nothing new']),
    'Skipped:',
    ...(skipped.length ? skipped.map(([k, n]) => `  ${pad(n)} ${k}`) : ['  nothing']),
    `Warnings: ${summary.warnings.length ? '' : 'none'}`.trimEnd(),
    ...summary.warnings.flatMap((w) => [
      `  ${w.count} × ${w.kind}`,
      ...w.examples.map((e) => `      e.g. ${e}`),
    ]),
  ];
}

/** One line of counts, for a progress display. */
export function progressLine(progress: ImportProgress): string {
  const counts = Object.entries(progress.summary.imported)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const skipped = Object.values(progress.summary.skipped).reduce((a, b) => a + b, 0);
  return `${progress.phase}: ${progress.read} records read${counts ? `; ${counts}` : ''}${skipped ? `; ${skipped} skipped` : ''}`;
}

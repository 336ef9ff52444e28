// Keeping the writer's work: a copy of the whole form in this browser (localStorage) on every
// change, and a debounced autosave to the server, whose answer (saved, a newer version exists,
// who else is editing) is shown in the status line. Leaving with changes the server has not
// confirmed asks first.

/** Form fields as sent: one value, or a list when a name repeats (several bylines, tags). */
export type Fields = Record<string, string | string[]>;

/** Fields that belong to the page load, not to the writer's work. */
const NOT_WORK = new Set(['_csrf', 'version']);

export function readFields(form: HTMLFormElement): Fields {
  const fields: Fields = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string') continue; // a file input's File cannot travel as JSON
    const existing = fields[name];
    if (existing === undefined) fields[name] = value;
    else fields[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return fields;
}

/** The writer's work as a comparable string: page-load fields left out, names in order. */
export function workOf(fields: Fields): string {
  return JSON.stringify(
    Object.keys(fields)
      .filter((name) => !NOT_WORK.has(name))
      .sort()
      .map((name) => [name, fields[name]]),
  );
}

/** Puts stored values back into the form's controls (the body is the editor's business). */
export function writeFields(form: HTMLFormElement, fields: Fields, skip: Set<string>): void {
  for (const element of Array.from(form.elements)) {
    const control = element as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const name = control.name;
    if (!name || NOT_WORK.has(name) || skip.has(name)) continue;
    if (
      control instanceof HTMLInputElement &&
      (control.type === 'file' || control.type === 'submit')
    )
      continue;
    if (control instanceof HTMLButtonElement) continue;
    const stored = fields[name];
    const values = stored === undefined ? [] : Array.isArray(stored) ? stored : [stored];
    if (
      control instanceof HTMLInputElement &&
      (control.type === 'checkbox' || control.type === 'radio')
    ) {
      control.checked = values.includes(control.value);
    } else if (control instanceof HTMLSelectElement && control.multiple) {
      for (const option of Array.from(control.options))
        option.selected = values.includes(option.value);
    } else if (stored !== undefined) {
      // Several text fields of one name take their values in order.
      const same = Array.from(form.elements).filter((e) => (e as HTMLInputElement).name === name);
      control.value = values[same.indexOf(control)] ?? '';
    }
  }
}

interface StoredCopy {
  at: number;
  fields: Fields;
  /** Set when the form was submitted with this copy: a later load of a newer version drops it. */
  submitted?: boolean;
}

export class LocalCopy {
  private readonly key: string;
  private readonly prefix: string;

  constructor(articleId: string, version: string) {
    this.prefix = `dateline:article-draft:${articleId}:`;
    this.key = `${this.prefix}${version}`;
  }

  /** The copy kept for this version, after dropping copies of older versions (now superseded). */
  read(): StoredCopy | null {
    try {
      for (let i = localStorage.length - 1; i >= 0; i--) {
        const key = localStorage.key(i);
        if (key?.startsWith(this.prefix) && key !== this.key) localStorage.removeItem(key);
      }
      const raw = localStorage.getItem(this.key);
      if (!raw) return null;
      const copy = JSON.parse(raw) as StoredCopy;
      return typeof copy?.at === 'number' && copy.fields && typeof copy.fields === 'object'
        ? copy
        : null;
    } catch {
      return null; // storage switched off or full, or a damaged entry: nothing to offer
    }
  }

  write(fields: Fields, submitted = false): void {
    try {
      localStorage.setItem(this.key, JSON.stringify({ at: Date.now(), fields, submitted }));
    } catch {
      // Private browsing or a full quota: the server autosave still runs.
    }
  }

  clear(): void {
    try {
      localStorage.removeItem(this.key);
    } catch {
      // nothing to clear
    }
  }
}

export interface AutosaveOptions {
  url: string;
  csrf: string;
  version: () => string;
  fields: () => Fields;
  /** Shown after "Not saved: " or as the saved time; others' names as a warning. */
  report: (state: SaveReport) => void;
  /** Quiet period after the last change before saving. */
  debounceMs?: number;
  /** While changes keep coming, save at least this often. */
  maxWaitMs?: number;
  /** After a failed connection or a server error, try again after this long. */
  retryMs?: number;
}

export type SaveReport =
  { kind: 'saved'; savedAt: Date; others: string[] } | { kind: 'failed'; message: string };

export class Autosave {
  private changes = 0;
  private confirmed = 0;
  private firstPending: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;
  private stopped = false;

  constructor(private readonly options: AutosaveOptions) {}

  /** Whether there are changes the server has not confirmed. */
  get unsaved(): boolean {
    return this.changes !== this.confirmed;
  }

  changed(): void {
    if (this.stopped) return;
    this.changes++;
    this.schedule();
  }

  /** After the form is submitted nothing more is sent. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    const now = Date.now();
    this.firstPending ??= now;
    const debounce = this.options.debounceMs ?? 5000;
    const maxWait = this.options.maxWaitMs ?? 15000;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(debounce, this.firstPending + maxWait - now));
    this.timer = setTimeout(() => void this.save(), wait);
  }

  private retryLater(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), this.options.retryMs ?? 30000);
  }

  async save(): Promise<void> {
    if (this.stopped || !this.unsaved) return;
    if (this.inFlight) return; // the answer to the running save schedules the next one
    this.inFlight = true;
    clearTimeout(this.timer);
    this.firstPending = null;
    const sending = this.changes;
    try {
      const response = await fetch(this.options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'x-csrf-token': this.options.csrf,
        },
        body: JSON.stringify({ version: this.options.version(), fields: this.options.fields() }),
        credentials: 'same-origin',
      });
      const data = (await response.json().catch(() => null)) as Record<string, unknown> | null;
      if (response.ok) {
        this.confirmed = sending;
        const savedAt = new Date(typeof data?.savedAt === 'string' ? data.savedAt : Date.now());
        const others = Array.isArray(data?.others)
          ? data.others.filter((n): n is string => typeof n === 'string' && n.trim() !== '')
          : [];
        this.options.report({
          kind: 'saved',
          savedAt: Number.isNaN(savedAt.getTime()) ? new Date() : savedAt,
          others,
        });
      } else {
        const error = data?.error as { message?: unknown } | undefined;
        const message =
          (response.status === 409 && typeof data?.message === 'string' && data.message) ||
          (typeof error?.message === 'string' && error.message) ||
          (typeof data?.message === 'string' && data.message) ||
          `the server answered ${response.status}`;
        this.options.report({ kind: 'failed', message });
        // A conflict or a refusal will not change by itself; a server error may pass.
        if (response.status >= 500) this.retryLater();
      }
    } catch {
      this.options.report({ kind: 'failed', message: 'the connection failed' });
      this.retryLater();
    } finally {
      this.inFlight = false;
      // Changes made while the request was out are saved in their turn.
      if (this.unsaved && !this.stopped && this.changes !== sending) this.schedule();
    }
  }
}

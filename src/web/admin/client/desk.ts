// The moderation desk's keyboard island. Without it every button is a plain form post that
// comes back to the same queue; with it, j/k move between comments, a/s/t decide the current
// one in place (the post is the same, sent with fetch), and r opens the reply box. Runs in the
// browser.

const KEYS = new Set(['a', 's', 't']);

function setup(): void {
  const form = document.getElementById('desk') as HTMLFormElement | null;
  const message = document.getElementById('desk-message');
  if (!form || !message) return;
  const help = document.querySelector<HTMLElement>('.desk-keys');
  if (help) help.hidden = false;
  const csrf = (form.elements.namedItem('_csrf') as HTMLInputElement).value;
  const items = () => [...form.querySelectorAll<HTMLElement>('.desk-item')];
  let current = -1;

  const say = (text: string, error = false) => {
    message.textContent = text;
    message.className = `form-message ${error ? 'is-error' : 'is-notice'}`;
    message.setAttribute('role', error ? 'alert' : 'status');
    message.hidden = false;
  };

  const focusItem = (index: number) => {
    const list = items();
    if (list.length === 0) return;
    current = Math.max(0, Math.min(index, list.length - 1));
    for (const [i, item] of list.entries()) item.classList.toggle('is-current', i === current);
    const item = list[current]!;
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: 'nearest' });
  };

  const itemOf = (el: Element | null) => el?.closest<HTMLElement>('.desk-item') ?? null;

  /** Posts one decision like the button would, then takes the comment off this queue. */
  const decide = async (button: HTMLButtonElement) => {
    const item = itemOf(button);
    if (!item || button.disabled) return;
    const body = new URLSearchParams({ _csrf: csrf, action: button.value });
    button.disabled = true;
    try {
      const response = await fetch(button.formAction, {
        method: 'POST',
        headers: { accept: 'application/json', 'x-csrf-token': csrf },
        body,
        credentials: 'same-origin',
      });
      const result = (await response.json().catch(() => ({}))) as {
        message?: string;
        error?: { message?: string };
      };
      if (!response.ok) {
        say(result.error?.message ?? 'That did not work. Reload the page and try again.', true);
        button.disabled = false;
        return;
      }
      say(result.message ?? 'Done.');
      const list = items();
      const index = list.indexOf(item);
      if (button.value === 'feature' || button.value === 'unfeature') {
        button.disabled = false;
        return;
      }
      item.remove();
      const count = document.querySelector('.status-tabs [aria-current="page"] .count');
      const n = Number(count?.textContent?.replace(/\D/g, '') ?? 'NaN');
      if (count && Number.isFinite(n) && n > 0) count.textContent = `(${n - 1})`;
      if (items().length === 0) {
        say(`${result.message ?? 'Done.'} This page is done: reload for more.`);
        return;
      }
      focusItem(index);
    } catch {
      say('The server could not be reached. Try again.', true);
      button.disabled = false;
    }
  };

  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-key]');
    if (!button || !form.contains(button)) return;
    event.preventDefault();
    void decide(button);
  });

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    const key = event.key.toLowerCase();
    if (key === 'j' || key === 'k') {
      event.preventDefault();
      const focused = itemOf(document.activeElement);
      const at = focused ? items().indexOf(focused) : current;
      focusItem(at + (key === 'j' ? 1 : -1) + (at < 0 && key === 'j' ? 0 : 0));
      return;
    }
    const item = itemOf(document.activeElement) ?? items()[current];
    if (!item) return;
    if (KEYS.has(key)) {
      const button = item.querySelector<HTMLButtonElement>(`button[data-key="${key}"]`);
      if (!button) return;
      event.preventDefault();
      void decide(button);
    } else if (key === 'r') {
      const details = item.querySelector<HTMLDetailsElement>('details.desk-reply');
      if (!details) return;
      event.preventDefault();
      details.open = true;
      details.querySelector('textarea')?.focus();
    }
  });
}

setup();

// The comment form, enhanced. Without this script the form is a plain POST and reply links
// reload the page; with it, replies open under their comment, the remembered name/email/website
// fill in, and posting happens in place. Runs in the browser.

const COOKIES = {
  author: 'dl_comment_author',
  email: 'dl_comment_author_email',
  url: 'dl_comment_author_url',
} as const;

type Field = 'comment' | 'author' | 'email' | 'url';
const FIELDS: Field[] = ['comment', 'author', 'email', 'url'];

function readCookie(name: string): string {
  const pair = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  if (!pair) return '';
  try {
    return decodeURIComponent(pair.slice(name.length + 1));
  } catch {
    return '';
  }
}

function setup(): void {
  const respond = document.getElementById('respond');
  const form = document.getElementById('commentform') as HTMLFormElement | null;
  if (!respond || !form) return;
  const parentInput = form.elements.namedItem('parent') as HTMLInputElement;
  const titleText = document.getElementById('reply-title-text')!;
  const cancel = document.getElementById('cancel-comment-reply-link') as HTMLAnchorElement;
  const message = document.getElementById('form-message')!;
  const submit = form.querySelector('button[type="submit"]') as HTMLButtonElement;
  const home = document.createElement('div');
  home.hidden = true;
  respond.before(home);
  const input = (name: Field) => form.elements.namedItem(name) as HTMLInputElement;

  // Remembered commenter (only set when they ticked the box last time).
  let remembered = false;
  for (const key of ['author', 'email', 'url'] as const) {
    const value = readCookie(COOKIES[key]);
    if (value && !input(key).value) {
      input(key).value = value;
      remembered = true;
    }
  }
  if (remembered) (form.elements.namedItem('consent') as HTMLInputElement).checked = true;

  const replyTo = (number: number, author: string, anchor: HTMLElement) => {
    parentInput.value = String(number);
    titleText.textContent = `Reply to ${author}`;
    cancel.hidden = false;
    anchor.after(respond);
    input('comment').focus();
  };
  const cancelReply = () => {
    parentInput.value = '0';
    titleText.textContent = 'Leave a Comment';
    cancel.hidden = true;
    home.after(respond);
  };

  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const link = target?.closest<HTMLAnchorElement>('a.comment-reply-link');
    if (link?.dataset.replyTo) {
      event.preventDefault();
      replyTo(Number(link.dataset.replyTo), link.dataset.author ?? '', link.closest('article')!);
    } else if (target?.closest('#cancel-comment-reply-link')) {
      event.preventDefault();
      cancelReply();
      input('comment').focus();
    }
  });

  const showMessage = (kind: 'error' | 'notice', text: string) => {
    message.textContent = text;
    message.className = `form-message is-${kind}`;
    message.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    message.hidden = false;
  };

  const clearErrors = () => {
    for (const name of FIELDS) {
      const el = input(name);
      el.removeAttribute('aria-invalid');
      document.getElementById(`${name}-error`)?.remove();
      const ids = (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter((id) => id && id !== `${name}-error`);
      if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
      else el.removeAttribute('aria-describedby');
    }
  };

  const showFieldError = (name: Field, text: string) => {
    const el = input(name);
    const error = document.createElement('span');
    error.className = 'field-error';
    error.id = `${name}-error`;
    error.textContent = text;
    el.after(error);
    el.setAttribute('aria-invalid', 'true');
    const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    el.setAttribute('aria-describedby', [...ids, error.id].join(' '));
  };

  const insertComment = (html: string, parent: number | null) => {
    const template = document.createElement('template');
    template.innerHTML = html.trim();
    const item = template.content.firstElementChild as HTMLElement | null;
    if (!item) return;
    const parentItem = parent ? document.getElementById(`comment-${parent}`) : null;
    let list: HTMLElement | null;
    if (parentItem) {
      list = parentItem.querySelector(':scope > ol.children');
      if (!list) {
        list = document.createElement('ol');
        list.className = 'children';
        parentItem.append(list);
      }
    } else {
      list = document.querySelector('#comments > ol.comment-list');
    }
    list?.append(item);
    item.scrollIntoView({ block: 'nearest' });
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    submit.disabled = true;
    message.hidden = true;
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
        credentials: 'same-origin',
      });
      const data = await response.json().catch(() => null);
      if (!response.ok) {
        const error = data?.error ?? {};
        for (const [name, text] of Object.entries(error.fields ?? {}))
          if (FIELDS.includes(name as Field)) showFieldError(name as Field, String(text));
        showMessage(
          'error',
          error.message ?? 'Your comment could not be posted. Please try again.',
        );
        const firstInvalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
        firstInvalid?.focus();
        return;
      }
      const parent = Number(parentInput.value) || null;
      if (data.html) insertComment(data.html, parent);
      input('comment').value = '';
      cancelReply();
      showMessage('notice', data.message);
    } catch {
      showMessage('error', 'The connection failed. Your comment was not sent; please try again.');
    } finally {
      submit.disabled = false;
    }
  });
}

setup();

// A small inline form under the toolbar for a link's or an embed's address. It sits inside the
// article form, so it is not a <form> itself, its fields have no name (they are not article
// fields) and Enter applies it instead of submitting the article.
import { h, uid } from './dom.ts';

export interface UrlRequest {
  /** The field's label, e.g. "Link address". */
  label: string;
  value: string;
  applyLabel: string;
  /** Applies the typed address; returns an error to show, or null when done. */
  apply: (typed: string) => string | null;
  /** Present when there is something to remove (an existing link). */
  remove?: () => void;
}

export interface UrlBar {
  element: HTMLElement;
  open(request: UrlRequest): void;
  close(): void;
}

export function createUrlBar(onClose: () => void): UrlBar {
  const fieldId = uid('url');
  const errorId = uid('url-error');
  const label = h('label', { for: fieldId });
  const field = h('input', {
    type: 'text',
    id: fieldId,
    inputmode: 'url',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': errorId,
  });
  const error = h('p', { class: 'editor-urlbar-error', id: errorId, hidden: true });
  const applyButton = h('button', { type: 'button', class: 'editor-urlbar-apply' });
  const removeButton = h('button', { type: 'button' }, 'Remove link');
  const cancelButton = h('button', { type: 'button' }, 'Cancel');
  const element = h(
    'div',
    { class: 'editor-urlbar', hidden: true },
    label,
    h('div', { class: 'editor-urlbar-row' }, field, applyButton, removeButton, cancelButton),
    error,
  );
  let request: UrlRequest | null = null;

  // Closing always hands focus back to the editor: the field that had it is about to be hidden.
  const close = () => {
    if (element.hidden) return;
    element.hidden = true;
    request = null;
    field.value = '';
    field.removeAttribute('aria-invalid');
    error.hidden = true;
    onClose();
  };
  const apply = () => {
    if (!request) return;
    const problem = request.apply(field.value);
    if (problem) {
      error.textContent = problem;
      error.hidden = false;
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    } else close();
  };

  applyButton.addEventListener('click', apply);
  removeButton.addEventListener('click', () => {
    request?.remove?.();
    close();
  });
  cancelButton.addEventListener('click', () => close());
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      apply();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });

  return {
    element,
    open(next) {
      request = next;
      label.textContent = next.label;
      applyButton.textContent = next.applyLabel;
      removeButton.hidden = !next.remove;
      field.value = next.value;
      field.removeAttribute('aria-invalid');
      error.hidden = true;
      element.hidden = false;
      field.focus();
      field.select();
    },
    close,
  };
}

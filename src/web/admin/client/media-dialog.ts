// "Insert a photo": a modal <dialog> listing the media library, searchable. The browser's dialog
// gives keyboard users focus containment and Escape to close; it is appended to <body>, outside
// the article form, so Enter in its search field cannot submit the article.
import { h, keepEnterFromSubmitting, uid } from './dom.ts';
import { searchMedia, type MediaSummary } from './media-cache.ts';

export interface MediaDialog {
  open(): void;
}

export function createMediaDialog(
  mediaUrl: string,
  onPick: (item: MediaSummary) => void,
  onClose: () => void,
): MediaDialog {
  const titleId = uid('media-title');
  const searchId = uid('media-search');
  const search = h('input', {
    type: 'search',
    id: searchId,
    autocomplete: 'off',
    placeholder: 'Caption, credit or file name',
  });
  keepEnterFromSubmitting(search);
  const message = h('p', { class: 'media-dialog-message', role: 'status' });
  const results = h('ul', { class: 'media-results' });
  const closeButton = h('button', { type: 'button', class: 'media-dialog-close' }, 'Cancel');
  const dialog = h(
    'dialog',
    { class: 'media-dialog', 'aria-labelledby': titleId },
    h('h2', { id: titleId, class: 'media-dialog-title' }, 'Insert a photo'),
    h('label', { for: searchId, class: 'media-dialog-label' }, 'Search the media library'),
    search,
    message,
    results,
    h('div', { class: 'media-dialog-actions' }, closeButton),
  );
  document.body.append(dialog);

  let picked = false;
  let request = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const list = (items: MediaSummary[]) => {
    results.replaceChildren(
      ...items.map((item) => {
        const text = item.caption || item.alt || `Photo ${item.id}`;
        const button = h(
          'button',
          { type: 'button', class: 'media-pick' },
          h('img', {
            src: item.thumb,
            alt: '',
            width: item.width || undefined,
            height: item.height || undefined,
            loading: 'lazy',
          }),
          h('span', { class: 'media-pick-caption' }, text),
          item.credit ? h('span', { class: 'media-pick-credit' }, item.credit) : null,
        );
        button.addEventListener('click', () => {
          picked = true;
          dialog.close();
          onPick(item);
        });
        return h('li', {}, button);
      }),
    );
  };

  const load = async () => {
    const mine = ++request;
    message.textContent = 'Looking…';
    try {
      const items = await searchMedia(mediaUrl, search.value.trim());
      if (mine !== request) return; // a newer search has been typed since
      list(items);
      message.textContent =
        items.length === 0
          ? 'No photos match.'
          : `${items.length} photo${items.length === 1 ? '' : 's'}. Choose one to insert it.`;
    } catch {
      if (mine !== request) return;
      results.replaceChildren();
      message.textContent = 'The media library could not be reached. Try again in a moment.';
    }
  };

  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(load, 250);
  });
  closeButton.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog box itself, outside its content) closes it too.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    clearTimeout(timer);
    if (!picked) onClose();
  });

  return {
    open() {
      picked = false;
      search.value = '';
      results.replaceChildren();
      dialog.showModal();
      search.focus();
      void load();
    },
  };
}

// The article editor island, on the article edit page. Without JavaScript the page offers the body
// as plain text (#body_text) and the server converts it. With it, this replaces that field with a
// TipTap editor over the stored document, keeps #body_json equal to what the editor holds (so an
// ordinary submit sends it), autosaves a draft copy to the server, keeps a copy of the form in
// this browser and offers it back after a crash or a closed tab.
import { Editor, Extension, type JSONContent } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { parseDocument, type ArticleDocument } from '../../../domain/articles/document.ts';
import { h, icon, uid } from './dom.ts';
import { toArticleDocument, toEditorContent } from './document-json.ts';
import { Autosave, LocalCopy, readFields, workOf, writeFields, type SaveReport } from './drafts.ts';
import { createMediaDialog } from './media-dialog.ts';
import { searchMedia } from './media-cache.ts';
import { cleanPastedHtml } from './paste-cleaner.ts';
import { editorExtensions } from './schema.ts';
import { createToolbar, type ToolGroup } from './toolbar.ts';
import { createUrlBar } from './url-bar.ts';
import { embedTarget, linkTarget } from './urls.ts';

const ICONS = {
  link: [
    'M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1.2 1.2',
    'M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1.2-1.2',
  ],
  quote: ['M4 11h5v6H4z', 'M4 11c0-3 1.5-5 4-6', 'M14 11h5v6h-5z', 'M14 11c0-3 1.5-5 4-6'],
  bullets: ['M9 6h11', 'M9 12h11', 'M9 18h11', 'M4.5 6h.01', 'M4.5 12h.01', 'M4.5 18h.01'],
  numbers: [
    'M10 6h10',
    'M10 12h10',
    'M10 18h10',
    'M4 4.5l1.5-1v5',
    'M3.5 14.5c1-1.5 3-1 3 .3 0 1.2-3 2.2-3 3.7h3',
  ],
  image: ['M3 5h18v14H3z', 'M3 16l5-5 4 4 3-3 6 6', 'M15.5 8.5h.01'],
  embed: ['M14 4h6v6', 'M20 4l-8 8', 'M18 14v6H4V6h6'],
  rule: ['M3 12h18', 'M8 7h8', 'M8 17h8'],
  undo: ['M9 14L4 9l5-5', 'M4 9h10.5a5.5 5.5 0 0 1 0 11H11'],
  redo: ['M15 14l5-5-5-5', 'M20 9H9.5a5.5 5.5 0 0 0 0 11H13'],
};

const LINK_HELP =
  'Use a web address (https://…), a mailto: address or a path on this site starting with /.';

/** Names in a sentence: "Ana Ortiz", "Ana Ortiz and Ben Lee", "A, B and C". */
const listNames = (names: string[]): string =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * Inserts a photo or an embed and puts the cursor in the paragraph after it (made if needed), so
 * the writer types on below it and a second insertion does not replace the first.
 */
function insertBlock(editor: Editor, node: JSONContent): void {
  editor.view.focus(); // synchronously: see `command` in start()
  editor
    .chain()
    .insertContent(node)
    .command(({ tr }) => {
      const selection = tr.selection;
      if (!(selection instanceof NodeSelection)) return true;
      const after = tr.doc.resolve(selection.to);
      if (!after.nodeAfter?.isTextblock)
        tr.insert(selection.to, tr.doc.type.schema.nodes.paragraph!.create());
      tr.setSelection(TextSelection.create(tr.doc, selection.to + 1));
      return true;
    })
    .run();
}

function start(): void {
  const form = document.getElementById('article-form');
  const host = document.getElementById('article-editor');
  const source = document.getElementById('article-body-json');
  const bodyJson = document.getElementById('body_json');
  const status = document.getElementById('editor-status');
  if (
    !(form instanceof HTMLFormElement) ||
    !host ||
    !source ||
    !(bodyJson instanceof HTMLInputElement) ||
    !status
  )
    return;

  let initial: ArticleDocument;
  try {
    initial = parseDocument(JSON.parse(source.textContent ?? ''));
  } catch {
    // Leave the plain-text field in charge rather than risk losing part of the body.
    status.textContent = 'The formatting editor could not read this body; edit it as text.';
    return;
  }

  const lang = document.documentElement.lang || undefined;
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const mod = mac ? 'Meta' : 'Control';
  const articleId = host.dataset.articleId ?? 'new';
  const mediaUrl = host.dataset.mediaUrl ?? '';
  const versionInput = form.elements.namedItem('version');
  const version = () => (versionInput instanceof HTMLInputElement ? versionInput.value : '');

  const labelId = uid('editor-label');
  const hintId = uid('editor-hint');
  const surfaceId = uid('editor-surface');
  const frame = h('div', { class: 'editor-frame' });
  // Focus goes back at once (TipTap's focus command waits a frame), so keys typed straight after
  // closing the link form land in the text.
  const urlBar = createUrlBar(() => editor.view.focus());
  let toolbarFocus = () => {};

  const editor: Editor = new Editor({
    element: frame,
    extensions: [
      ...editorExtensions(),
      Extension.create({
        name: 'datelineKeys',
        addKeyboardShortcuts: () => ({
          'Alt-F10': () => {
            toolbarFocus();
            return true;
          },
          'Mod-k': () => {
            openLink();
            return true;
          },
        }),
      }),
    ],
    content: toEditorContent(initial),
    // TipTap's injected <style> would break the style-src 'self' policy; admin.css has the rules.
    injectCSS: false,
    editorProps: {
      attributes: {
        id: surfaceId,
        class: 'editor-surface article-body',
        'aria-labelledby': labelId,
        'aria-describedby': hintId,
        'aria-multiline': 'true',
        spellcheck: 'true',
      },
      transformPastedHTML: cleanPastedHtml,
    },
  });

  // Focus the editor synchronously before a command: TipTap's own focus() waits a frame, and
  // if keys arrive in between it restores the old selection over the one they made.
  const command = () => {
    editor.view.focus();
    return editor.chain();
  };

  const openLink = () => {
    const current = (editor.getAttributes('link').href as string | undefined) ?? '';
    urlBar.open({
      label: 'Link address',
      value: current,
      applyLabel: current ? 'Update link' : 'Add link',
      apply: (typed) => {
        const href = linkTarget(typed);
        if (!href) return LINK_HELP;
        if (editor.state.selection.empty && !editor.isActive('link')) {
          // Nothing selected: the address itself becomes the linked text.
          command()
            .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
            .run();
        } else command().extendMarkRange('link').setLink({ href }).run();
        return null;
      },
      remove: current ? () => command().extendMarkRange('link').unsetLink().run() : undefined,
    });
  };

  const openEmbed = () =>
    urlBar.open({
      label: 'Address of the post or video to embed',
      value: '',
      applyLabel: 'Embed',
      apply: (typed) => {
        const url = embedTarget(typed);
        if (!url) return 'Use a web address starting https:// or http://.';
        insertBlock(editor, { type: 'embed', attrs: { url } });
        return null;
      },
    });

  const mediaDialog = createMediaDialog(
    mediaUrl,
    (item) =>
      insertBlock(editor, {
        type: 'image',
        attrs: { mediaId: item.id, caption: item.caption || null },
      }),
    () => editor.view.focus(),
  );

  const quote = () => {
    if (editor.isActive('blockquote')) command().lift('blockquote').run();
    else if (editor.can().wrapIn('blockquote')) command().wrapIn('blockquote').run();
    // A subhead becomes a quoted paragraph: quotes hold paragraphs only.
    else if (editor.can().chain().setParagraph().wrapIn('blockquote').run())
      command().setParagraph().wrapIn('blockquote').run();
  };

  const groups: ToolGroup[] = [
    {
      label: 'Paragraph style',
      tools: [
        {
          label: 'Paragraph',
          content: '¶',
          run: () => command().setParagraph().run(),
          pressed: () => editor.isActive('paragraph') && !editor.isActive('listItem'),
        },
        {
          label: 'Subhead H2',
          content: 'H2',
          run: () => command().toggleHeading({ level: 2 }).run(),
          pressed: () => editor.isActive('heading', { level: 2 }),
          keys: `${mod}+Alt+2`,
        },
        {
          label: 'Smaller subhead H3',
          content: 'H3',
          run: () => command().toggleHeading({ level: 3 }).run(),
          pressed: () => editor.isActive('heading', { level: 3 }),
          keys: `${mod}+Alt+3`,
        },
      ],
    },
    {
      label: 'Text',
      tools: [
        {
          label: 'Bold',
          content: h('b', {}, 'B'),
          run: () => command().toggleBold().run(),
          pressed: () => editor.isActive('bold'),
          keys: `${mod}+B`,
        },
        {
          label: 'Italic',
          content: h('i', {}, 'I'),
          run: () => command().toggleItalic().run(),
          pressed: () => editor.isActive('italic'),
          keys: `${mod}+I`,
        },
        {
          label: 'Link',
          content: icon(...ICONS.link),
          run: openLink,
          pressed: () => editor.isActive('link'),
          keys: `${mod}+K`,
        },
      ],
    },
    {
      label: 'Blocks',
      tools: [
        {
          label: 'Block quote',
          content: icon(...ICONS.quote),
          run: quote,
          pressed: () => editor.isActive('blockquote'),
          keys: `${mod}+Shift+B`,
        },
        {
          label: 'Bullet list',
          content: icon(...ICONS.bullets),
          run: () => command().toggleBulletList().run(),
          pressed: () => editor.isActive('bulletList'),
          keys: `${mod}+Shift+8`,
        },
        {
          label: 'Numbered list',
          content: icon(...ICONS.numbers),
          run: () => command().toggleOrderedList().run(),
          pressed: () => editor.isActive('orderedList'),
          keys: `${mod}+Shift+7`,
        },
      ],
    },
    {
      label: 'Insert',
      tools: [
        {
          label: 'Photo from the media library',
          content: icon(...ICONS.image),
          run: () => mediaDialog.open(),
        },
        { label: 'Embed a post or video', content: icon(...ICONS.embed), run: openEmbed },
        {
          label: 'Horizontal rule',
          content: icon(...ICONS.rule),
          run: () => command().setHorizontalRule().run(),
        },
      ],
    },
    {
      label: 'History',
      tools: [
        {
          label: 'Undo',
          content: icon(...ICONS.undo),
          run: () => command().undo().run(),
          disabled: () => !editor.can().undo(),
          keys: `${mod}+Z`,
        },
        {
          label: 'Redo',
          content: icon(...ICONS.redo),
          run: () => command().redo().run(),
          disabled: () => !editor.can().redo(),
          keys: mac ? 'Meta+Shift+Z' : 'Control+Y',
        },
      ],
    },
  ];
  const toolbar = createToolbar(groups, surfaceId);
  toolbarFocus = () => toolbar.focus();
  toolbar.element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') editor.view.focus();
  });

  // ---- The page: fallback hidden, editor in its place ----
  const label = h('p', { class: 'editor-label', id: labelId }, 'Body');
  label.addEventListener('click', () => editor.view.focus());
  const hint = h(
    'p',
    { class: 'field-hint editor-hint', id: hintId },
    'Alt+F10 moves to the formatting toolbar. Pasted text keeps bold, italic, links, lists and subheads.',
  );
  const notice = h('div', { class: 'editor-notice', hidden: true });
  host.classList.add('editor');
  host.replaceChildren(label, notice, toolbar.element, urlBar.element, frame, hint);
  const fallback =
    document.getElementById('body_text')?.closest<HTMLElement>('.body-field') ??
    document.querySelector<HTMLElement>('.body-field');
  if (fallback) fallback.hidden = true;

  // ---- #body_json, always the editor's document ----
  const sync = (): boolean => {
    const json = JSON.stringify(toArticleDocument(editor.getJSON()));
    if (json === bodyJson.value) return false;
    bodyJson.value = json;
    return true;
  };
  sync();

  // ---- Status line ----
  let saveState: SaveReport | null = null;
  let others: string[] = [];
  const time = (date: Date) =>
    date.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
  const renderStatus = (note?: string) => {
    const parts: Node[] = [];
    if (note) parts.push(h('span', { class: 'editor-status-note' }, note));
    else if (saveState?.kind === 'saved')
      parts.push(
        h(
          'span',
          { class: 'editor-status-saved' },
          `Draft copy saved at ${time(saveState.savedAt)}`,
        ),
      );
    else if (saveState?.kind === 'failed')
      parts.push(h('span', { class: 'editor-status-error' }, `Not saved: ${saveState.message}`));
    if (others.length)
      parts.push(
        h(
          'strong',
          { class: 'editor-others' },
          `${listNames(others)} ${others.length === 1 ? 'is' : 'are'} also editing this article`,
        ),
      );
    status.replaceChildren(...parts);
  };

  // ---- Drafts: server autosave and the copy in this browser ----
  const local = new LocalCopy(articleId, version());
  const autosave = new Autosave({
    url: host.dataset.autosaveUrl ?? '',
    csrf: host.dataset.csrf ?? '',
    version,
    fields: () => {
      sync();
      return readFields(form);
    },
    report: (state) => {
      saveState = state;
      if (state.kind === 'saved') others = state.others;
      renderStatus();
    },
  });

  let changedSinceLoad = false;
  let submitting = false;
  let localTimer: ReturnType<typeof setTimeout> | undefined;
  const writeLocal = () => {
    clearTimeout(localTimer);
    if (changedSinceLoad) local.write(readFields(form), submitting);
  };
  const changed = () => {
    changedSinceLoad = true;
    autosave.changed();
    clearTimeout(localTimer);
    localTimer = setTimeout(writeLocal, 300);
  };

  editor.on('update', () => {
    if (sync()) changed();
  });
  editor.on('transaction', () => toolbar.refresh());
  toolbar.refresh();

  const isArticleField = (target: EventTarget | null) => {
    const control = target as HTMLInputElement | null;
    return !!control?.name && control.form === form && control !== bodyJson;
  };
  form.addEventListener('input', (event) => {
    if (isArticleField(event.target)) changed();
  });
  form.addEventListener('change', (event) => {
    if (isArticleField(event.target)) changed();
  });

  form.addEventListener('submit', (event) => {
    sync();
    submitting = true;
    // Kept, marked as submitted, until a newer version loads: if the save fails the work is here.
    local.write(readFields(form), true);
    setTimeout(() => {
      if (event.defaultPrevented)
        submitting = false; // another script stopped the submit
      else autosave.stop();
    });
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) submitting = false;
  });
  window.addEventListener('pagehide', writeLocal);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') writeLocal();
  });
  window.addEventListener('beforeunload', (event) => {
    writeLocal();
    if (submitting || !autosave.unsaved) return;
    event.preventDefault();
    event.returnValue = ''; // older browsers ask only when this is set
  });

  // ---- Offer back a copy this browser kept, when it differs from what the server sent ----
  const kept = local.read();
  if (kept && workOf(kept.fields) !== workOf(readFields(form))) {
    const at = new Date(kept.at);
    const when =
      at.toDateString() === new Date().toDateString()
        ? time(at)
        : at.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
    const restore = h('button', { type: 'button' }, 'Restore');
    const discard = h('button', { type: 'button' }, 'Discard');
    notice.replaceChildren(
      h(
        'p',
        {},
        kept.submitted
          ? `This browser kept changes from ${when} that were submitted but may not have been saved.`
          : `This browser kept changes to this article from ${when} that were not saved.`,
      ),
      h('div', { class: 'editor-notice-actions' }, restore, discard),
    );
    notice.hidden = false;
    restore.addEventListener('click', () => {
      writeFields(form, kept.fields, new Set(['body_json']));
      try {
        const body = kept.fields.body_json;
        if (typeof body === 'string' && body)
          editor.commands.setContent(toEditorContent(parseDocument(JSON.parse(body))));
      } catch {
        // A damaged body copy: the other fields are still restored.
      }
      notice.hidden = true;
      changed();
      renderStatus('Restored the copy kept in this browser.');
      editor.view.focus();
    });
    discard.addEventListener('click', () => {
      local.clear();
      notice.hidden = true;
      editor.view.focus();
    });
  } else if (kept) local.clear();

  // Photos already in the body: ask the library once for their thumbnails.
  if (mediaUrl && initial.content.some((block) => block.type === 'image'))
    searchMedia(mediaUrl, '').catch(() => {
      // Without the library the figures show their media number instead.
    });
}

start();

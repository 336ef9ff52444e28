// The formatting toolbar: real buttons in one tab stop (WAI-ARIA toolbar pattern: Tab enters and
// leaves it, arrow keys, Home and End move between buttons), with aria-pressed on toggles so
// assistive technology hears "Bold, toggle button, pressed".
import { h } from './dom.ts';

export interface Tool {
  /** The button's accessible name (also its tooltip). */
  label: string;
  content: Node | string;
  run: () => void;
  /** Present for toggles: whether the format applies at the cursor. */
  pressed?: () => boolean;
  /** When it has nothing to act on (undo with no history): announced, still focusable. */
  disabled?: () => boolean;
  /** For aria-keyshortcuts, e.g. "Control+B". */
  keys?: string;
}

export interface ToolGroup {
  label: string;
  tools: Tool[];
}

export interface Toolbar {
  element: HTMLElement;
  refresh(): void;
  focus(): void;
}

export function createToolbar(groups: ToolGroup[], controls: string): Toolbar {
  const buttons: { button: HTMLButtonElement; tool: Tool }[] = [];
  const element = h('div', {
    class: 'editor-toolbar',
    role: 'toolbar',
    'aria-label': 'Formatting',
    'aria-controls': controls,
  });
  for (const group of groups) {
    const box = h('div', {
      class: 'editor-toolbar-group',
      role: 'group',
      'aria-label': group.label,
    });
    for (const tool of group.tools) {
      const button = h(
        'button',
        {
          type: 'button',
          class: 'editor-tool',
          'aria-label': tool.label,
          title: tool.keys ? `${tool.label} (${tool.keys.replace(/\+/g, ' ')})` : tool.label,
          'aria-keyshortcuts': tool.keys,
          tabindex: buttons.length === 0 ? 0 : -1,
        },
        tool.content,
      );
      // Keep the editor's selection on click: focus goes back to it as the command runs.
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', () => {
        if (button.getAttribute('aria-disabled') !== 'true') tool.run();
      });
      buttons.push({ button, tool });
      box.append(button);
    }
    element.append(box);
  }

  const moveTo = (index: number) => {
    const count = buttons.length;
    const target = buttons[((index % count) + count) % count]!.button;
    for (const { button } of buttons) button.tabIndex = button === target ? 0 : -1;
    target.focus();
  };
  element.addEventListener('keydown', (event) => {
    const current = buttons.findIndex(({ button }) => button === document.activeElement);
    if (current < 0) return;
    const next: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: buttons.length - 1,
    };
    if (event.key in next) {
      event.preventDefault();
      moveTo(next[event.key]!);
    }
  });
  element.addEventListener('focusin', (event) => {
    const index = buttons.findIndex(({ button }) => button === event.target);
    if (index >= 0)
      for (const [i, { button }] of buttons.entries()) button.tabIndex = i === index ? 0 : -1;
  });

  return {
    element,
    refresh() {
      for (const { button, tool } of buttons) {
        if (tool.pressed) button.setAttribute('aria-pressed', String(tool.pressed()));
        if (tool.disabled) {
          if (tool.disabled()) button.setAttribute('aria-disabled', 'true');
          else button.removeAttribute('aria-disabled');
        }
      }
    },
    focus() {
      (buttons.find(({ button }) => button.tabIndex === 0) ?? buttons[0])?.button.focus();
    },
  };
}

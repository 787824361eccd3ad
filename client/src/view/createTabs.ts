/** Accessible tabs (arrow keys move between tabs). */
import { h } from './dom.js';

export interface Tab {
  id: string;
  label: string;
  content: HTMLElement;
}

export function createTabs(label: string, tabs: readonly Tab[]): HTMLElement {
  const buttons = tabs.map((tab, index) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${tab.id}`,
        'aria-controls': `tabpanel-${tab.id}`,
        'aria-selected': String(index === 0),
        tabindex: index === 0 ? 0 : -1,
        'data-testid': `tab-${tab.id}`,
      },
      tab.label,
    ),
  );
  const panels = tabs.map((tab, index) =>
    h(
      'div',
      {
        role: 'tabpanel',
        id: `tabpanel-${tab.id}`,
        'aria-labelledby': `tab-${tab.id}`,
        hidden: index !== 0,
        class: 'tabpanel',
      },
      tab.content,
    ),
  );
  const select = (index: number) => {
    buttons.forEach((button, i) => {
      button.setAttribute('aria-selected', String(i === index));
      button.tabIndex = i === index ? 0 : -1;
      const panel = panels[i];
      if (panel) panel.hidden = i !== index;
    });
    buttons[index]?.focus();
  };
  buttons.forEach((button, index) => {
    button.addEventListener('click', () => select(index));
    button.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowRight') select((index + 1) % buttons.length);
      if (event.key === 'ArrowLeft') select((index - 1 + buttons.length) % buttons.length);
    });
  });
  return h(
    'div',
    { class: 'tabs' },
    h('div', { role: 'tablist', 'aria-label': label, class: 'tablist' }, buttons),
    panels,
  );
}

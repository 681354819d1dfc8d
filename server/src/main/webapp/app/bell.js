// The bell in the top bar: my unread notifications, the latest ones in a panel, and "mark all read".
import { h, replace } from './dom.js';
import { t, dateTime, locale } from './i18n.js';
import { api, get, loggedIn } from './api.js';
import { onChange } from './live.js';
import { showProblem } from './ui.js';

let unsubscribe = null;
let languageSent = null;

/** Mail is written in the interface's language: tell the server when it is chosen (and once per visit). */
export function rememberLanguage() {
  if (!loggedIn() || languageSent === locale()) return;
  languageSent = locale();
  api('PUT', 'me/notifications/preferences', { body: { language: locale() } }).catch(() => { languageSent = null; });
}

/** What a notification says, in the interface's language. */
export function describe(n) {
  const key = `notify.${n.type}`;
  const text = t(key, { actor: n.actor, title: n.title || '' });
  return text === key ? t('notify.other', { actor: n.actor, title: n.title || '' }) : text;
}

export function bell() {
  const count = h('span', { class: 'bell-count', hidden: true });
  const panel = h('div', { class: 'bell-panel', id: 'bell-panel', hidden: true, role: 'region', 'aria-label': t('bell.label') });
  const button = h('button', { type: 'button', class: 'bell secondary', id: 'bell', 'aria-expanded': 'false',
    'aria-controls': 'bell-panel', onclick: () => toggle() }, h('span', { 'aria-hidden': 'true' }, '🔔'),
  h('span', { class: 'visually-hidden' }, t('bell.label')), count);

  function show(unread) {
    count.hidden = !unread;
    count.textContent = unread ? String(unread) : '';
    button.setAttribute('title', t('bell.unread', { count: unread }));
  }

  async function refresh() {
    try {
      const page = await get('me/notifications?size=20');
      show(page.unread);
      if (!panel.hidden) replace(panel, list(page));
    } catch (e) {
      if (!panel.hidden) showProblem(panel, e);
    }
  }

  function list(page) {
    const items = page.items.map((n) => h('li', { class: n.read ? 'read' : 'unread' },
      h('a', { href: `#/articles/${n.article}`, onclick: () => toggle(false) }, describe(n)),
      h('span', { class: 'meta' }, ' · ', dateTime(n.at))));
    return [
      h('div', { class: 'bell-head' }, h('strong', {}, t('bell.label')),
        h('button', { type: 'button', class: 'secondary', id: 'bell-read-all', disabled: !page.unread,
          onclick: async () => { show((await api('POST', 'me/notifications/read', { body: {} })).data.unread); refresh(); } },
        t('bell.markAll'))),
      items.length ? h('ul', {}, items) : h('p', { class: 'empty' }, t('bell.empty')),
      h('p', {}, h('a', { href: '#/notifications', id: 'bell-settings', onclick: () => toggle(false) }, t('bell.settings')))];
  }

  function toggle(open = panel.hidden) {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) refresh();
  }

  if (unsubscribe) unsubscribe();
  unsubscribe = onChange((change) => { if (change.notifiable) refresh(); });
  refresh();
  rememberLanguage();
  return h('div', { class: 'bell-wrap' }, button, panel);
}

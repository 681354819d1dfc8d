// Sentences the server suggests as claims, on request; each can be accepted (flagged) or dismissed.
import { h, replace } from '../../dom.js';
import { t } from '../../i18n.js';
import { api, get } from '../../api.js';
import { act } from '../../ui.js';

export function suggestionsPanel(screen) {
  const list = h('div', { class: 'suggestions' });
  const slot = h('div', { class: 'slot' });
  const show = h('button', { type: 'button', class: 'secondary', id: 'show-suggestions',
    onclick: () => act(show, slot, () => loadSuggestions(screen, list, slot)) }, t('claims.showSuggestions'));
  return [show, list, slot];
}

async function loadSuggestions(screen, list, slot) {
  const found = await get(`articles/${screen.id}/suggestions`);
  const path = (s, what) => `articles/${screen.id}/suggestions/${encodeURIComponent(s.id)}/${what}`;
  replace(list, found.length ? h('ul', { class: 'suggestion-list', 'aria-label': t('claims.suggestions') }, found.map((s) => {
    const accept = h('button', { type: 'button', class: 'secondary', onclick: () => act(accept, slot, async () => {
      await api('POST', path(s, 'acceptance'), { body: {} });
      await screen.refresh();
    }, { done: t('claims.accepted') }) }, t('claims.accept'));
    const dismiss = h('button', { type: 'button', class: 'link', onclick: () => act(dismiss, slot, async () => {
      await api('POST', path(s, 'dismissal'));
      dismiss.closest('li').remove();
    }, { done: t('claims.dismissed') }) }, t('claims.dismiss'));
    return h('li', {}, h('q', { lang: screen.data.article.language, dir: 'auto' }, s.text), ' ', accept, ' ', dismiss);
  })) : h('p', { class: 'empty' }, t('claims.noSuggestions')));
}

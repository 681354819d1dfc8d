// Sources for fact-checkers: search, add, upload a snapshot; and how a source shows as a link.
import { h, field, replace } from '../../dom.js';
import { t } from '../../i18n.js';
import { api, get } from '../../api.js';
import { act } from '../../ui.js';
import { limit } from '../../limits.js';

/** A source's title, a link only when its URL is http(s). */
export function sourceLink(s) {
  const title = s.title || s.url || `#${s.id}`;
  return /^https?:\/\//i.test(s.url || '')
    ? h('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank', dir: 'auto' }, title)
    : h('span', { dir: 'auto' }, title);
}

export function sourcesPanel(screen) {
  const slot = h('div', { class: 'slot' });
  const results = h('div', { class: 'source-results' });
  const q = h('input', { type: 'search', name: 'source-q', id: 'source-q' });
  const find = h('button', { type: 'submit', class: 'secondary' }, t('sources.find'));
  const url = limit(h('input', { type: 'url', name: 'source-url', id: 'source-url' }), 'RegisterSourceRequest.url');
  const title = limit(h('input', { name: 'source-title', id: 'source-title', dir: 'auto' }), 'RegisterSourceRequest.title');
  const publisher = limit(h('input', { name: 'source-publisher', id: 'source-publisher', dir: 'auto' }), 'RegisterSourceRequest.publisher');
  const add = h('button', { type: 'submit', id: 'add-source' }, t('sources.add'));
  const showResults = (items) => replace(results, items.length ? h('ul', {}, items.map((s) => h('li', {}, sourceLink(s),
    s.publisher ? [' — ', h('span', { dir: 'auto' }, s.publisher)] : null, ' ', snapshotUpload(s, slot)))) : h('p', { class: 'empty' }, t('sources.none')));
  showResults(screen.data.sources.slice(0, 5));
  return h('div', { class: 'sources' },
    h('h3', {}, t('sources.title')),
    h('form', { role: 'search', class: 'inline-form', onsubmit: (e) => {
      e.preventDefault();
      act(find, slot, async () => showResults((await get(`sources?q=${encodeURIComponent(q.value)}&size=20`)).items));
    } }, field(t('sources.search'), q), find),
    results,
    h('form', { class: 'inline-form', onsubmit: (e) => {
      e.preventDefault();
      act(add, slot, async () => {
        await api('POST', 'sources', { body: { url: url.value, title: title.value || null, publisher: publisher.value || null } });
        await screen.refresh('source-url');
      }, { done: t('sources.added') });
    } }, field(t('sources.url'), url), field(t('sources.name'), title), field(t('sources.publisher'), publisher), add),
    slot);
}

function snapshotUpload(source, slot) {
  const input = h('input', { type: 'file', class: 'visually-hidden', id: `snapshot-${source.id}`, onchange: () => {
    const f = input.files[0];
    if (!f) return;
    act(input, slot, () => api('POST', `sources/${source.id}/snapshots?name=${encodeURIComponent(f.name)}`, { body: f,
      type: f.type || 'application/octet-stream' }), { done: t('sources.snapshotSaved', { name: f.name }) });
  } });
  return h('span', {}, input, h('label', { for: input.id, class: 'button-like' }, t('sources.snapshot')));
}

// Search (#/search?q=…&type=…): articles, claims and sources the user may read, with facets to
// narrow by type, language, state and verdict, and the matched words marked in each passage.
import { h, field, replace } from '../dom.js';
import { t, number, languageName } from '../i18n.js';
import { get } from '../api.js';
import { pager, stateBadge, showProblem } from '../ui.js';

const PAGE = 20;
const FACETS = ['type', 'lang', 'state', 'verdict'];

/** The filters in the hash: #/search?q=ferries&type=claim. */
function readHash() {
  const i = location.hash.indexOf('?');
  const p = new URLSearchParams(i < 0 ? '' : location.hash.slice(i + 1));
  const filters = { q: p.get('q') || '', page: Number(p.get('page')) || 1 };
  for (const f of FACETS) filters[f] = p.get(f) || '';
  return filters;
}

function hashOf(filters) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v && !(k === 'page' && v === 1)) p.set(k, v);
  return `#/search?${p}`;
}

function facetLabel(dim, value) {
  if (dim === 'type') return t(`search.type.${value}`);
  if (dim === 'lang') return languageName(value);
  if (dim === 'state') return t(`state.${value}`);
  return t(`verdict.${value}`);
}

/** Passage segments as text with <mark>ed hits, built as nodes (never parsed as markup). */
function snippet(s) {
  return h('p', { class: 'snippet', dir: 'auto' }, s.segments.map((g) => (g.hit ? h('mark', {}, g.text) : g.text)));
}

function hitLink(hit) {
  if (hit.type === 'article') return `#/articles/${hit.id}`;
  if (hit.type === 'claim') return `#/articles/${hit.articleId}`;
  return null;
}

function hitView(hit) {
  const href = hitLink(hit);
  const title = hit.title || t(`search.type.${hit.type}`);
  return h('li', { class: `hit hit-${hit.type}` },
    h('div', { class: 'hit-head' },
      h('span', { class: 'badge' }, t(`search.type.${hit.type}`)), ' ',
      href ? h('a', { href, dir: 'auto' }, title) : h('span', { dir: 'auto' }, title), ' ',
      hit.state ? stateBadge(hit.state) : null, ' ',
      hit.verdict ? h('span', { class: 'badge' }, t(`verdict.${hit.verdict}`)) : null),
    hit.snippets.slice(0, 3).map(snippet));
}

function facetsView(facets, filters, go) {
  return h('aside', { class: 'facets', 'aria-label': t('search.facets') }, FACETS.map((dim) => {
    const values = Object.entries(facets[dim] || {});
    if (!values.length && !filters[dim]) return null;
    return h('fieldset', {}, h('legend', {}, t(`search.facet.${dim}`)),
      filters[dim] ? h('button', { type: 'button', class: 'link', onclick: () => go({ ...filters, [dim]: '', page: 1 }) },
        t('search.any')) : null,
      h('ul', {}, values.map(([value, count]) => h('li', {},
        h('button', { type: 'button', class: 'link', 'aria-pressed': String(filters[dim] === value),
          onclick: () => go({ ...filters, [dim]: value, page: 1 }) },
        `${facetLabel(dim, value)} (${number(count)})`)))));
  }));
}

export async function render() {
  const filters = readHash();
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const box = h('input', { type: 'search', name: 'q', id: 'search-q', value: filters.q, dir: 'auto' });
  const go = (f) => { location.hash = hashOf(f); };
  try {
    const q = new URLSearchParams({ page: filters.page, size: PAGE });
    for (const [k, v] of Object.entries(filters)) if (v && k !== 'page') q.set(k, v);
    const r = await get(`search?${q}`);
    replace(results,
      // Past 10,000 hits the server stops counting (SearchService.COUNT_CAP): "at least", facets of those.
      h('p', { class: 'hint' }, t(r.totalExact === false ? 'search.countAtLeast' : 'search.count', { total: number(r.total) })),
      h('div', { class: 'search-layout' },
        facetsView(r.facets, filters, go),
        r.items.length ? h('ol', { class: 'hits' }, r.items.map(hitView)) : h('p', { class: 'empty' }, t('search.empty'))),
      r.total > PAGE ? pager(r, (p) => go({ ...filters, page: p })) : null);
  } catch (e) {
    showProblem(results, e);
  }
  return h('div', {},
    h('h1', {}, t('search.title')),
    h('form', { role: 'search', class: 'filters', onsubmit: (e) => { e.preventDefault(); go({ ...filters, q: box.value, page: 1 }); } },
      field(t('search.label'), box, t('search.hint')),
      h('button', { type: 'submit' }, t('search.submit'))),
    results);
}

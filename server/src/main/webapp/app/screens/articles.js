// Every article, for editors: search by headline words or id, filter by state, language, desk, author and
// deadline, sorted as the desk needs (the server does all of it: GET /api/articles).
import { h, field, option, replace } from '../dom.js';
import { t, dateTime, languageName } from '../i18n.js';
import { get } from '../api.js';
import { pager, stateBadge, showProblem } from '../ui.js';

const STATES = ['DRAFT', 'IN_REVIEW', 'FACT_CHECK', 'TRANSLATION', 'APPROVED', 'CORRECTION', 'WITHDRAWN', 'ARCHIVED'];
const PAGE = 20;
const SORTS = ['UPDATED', 'CREATED', 'DEADLINE', 'TITLE'];

export async function render() {
  const filters = { page: 1 };
  const results = h('div', { class: 'results' });
  const languages = (await get('languages').catch(() => [])).map((l) => l.language.tag);
  const q = h('input', { type: 'search', name: 'q', id: 'articles-q', maxlength: 300 });
  const stateSel = h('select', { name: 'state' }, option('', t('queue.anyState')), STATES.map((s) => option(s, t(`state.${s}`))));
  const langSel = h('select', { name: 'language' }, option('', t('queue.anyLanguage')),
    languages.map((tag) => option(tag, `${languageName(tag)} (${tag})`)));
  const desk = h('input', { name: 'desk', size: 12, dir: 'auto' });
  const author = h('input', { name: 'author', size: 12, dir: 'ltr', autocomplete: 'off' });
  const due = h('input', { type: 'date', name: 'dueBefore' });
  const sort = h('select', { name: 'sort' }, SORTS.map((s) => option(s, t(`articles.sort.${s}`))));

  async function load() {
    const params = new URLSearchParams({ page: filters.page, size: PAGE });
    for (const k of ['q', 'state', 'language', 'desk', 'author', 'dueBefore', 'sort']) if (filters[k]) params.set(k, filters[k]);
    try {
      // A number (or #number) finds that article as well as headlines with it.
      const page = await get(`articles?${params}`);
      replace(results, page.items.length ? table(page.items) : h('p', { class: 'empty' }, t('queue.empty')),
        page.total > PAGE ? pager(page, (p) => { filters.page = p; load(); }) : null);
    } catch (e) {
      showProblem(results, e);
    }
  }
  await load();
  const form = h('form', { class: 'filters', role: 'search', onsubmit: (e) => {
    e.preventDefault();
    Object.assign(filters, { q: q.value.trim(), state: stateSel.value, language: langSel.value, desk: desk.value.trim(),
      author: author.value.trim(), dueBefore: due.value, sort: sort.value, page: 1 });
    load();
  } },
  field(t('articles.search'), q), field(t('queue.state'), stateSel), field(t('queue.language'), langSel),
  field(t('articles.desk'), desk), field(t('articles.author'), author), field(t('articles.dueBefore'), due),
  field(t('articles.sort'), sort), h('button', { type: 'submit', class: 'secondary' }, t('queue.filter')));
  return h('div', {},
    h('div', { class: 'page-head' }, h('h1', {}, t('articles.title')), h('a', { class: 'button', href: '#/new' }, t('nav.new'))),
    form, results);
}

function table(items) {
  return h('table', { class: 'grid' },
    h('thead', {}, h('tr', {}, ['articles.id', 'queue.article', 'articles.author', 'queue.state', 'queue.language', 'articles.updated']
      .map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, items.map((a) => h('tr', {},
      h('td', { dir: 'ltr' }, `#${a.id}`),
      h('td', {}, h('a', { href: `#/articles/${a.id}`, dir: 'auto', lang: a.language }, a.title)),
      h('td', {}, a.author),
      h('td', {}, stateBadge(a.state)),
      h('td', {}, languageName(a.language)),
      h('td', {}, dateTime(a.updatedAt))))));
}

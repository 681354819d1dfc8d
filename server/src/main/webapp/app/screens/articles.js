import { h, field, option, replace } from '../dom.js';
import { t, dateTime, languageName } from '../i18n.js';
import { get } from '../api.js';
import { pager, stateBadge, showProblem } from '../ui.js';

const STATES = ['DRAFT', 'IN_REVIEW', 'FACT_CHECK', 'TRANSLATION', 'APPROVED', 'WITHDRAWN', 'ARCHIVED'];
const PAGE = 20;

export async function render() {
  const filters = { state: '', page: 1 };
  const results = h('div', { class: 'results' });
  const stateSel = h('select', { name: 'state', onchange: () => { filters.state = stateSel.value; filters.page = 1; load(); } },
    option('', t('queue.anyState')), STATES.map((s) => option(s, t(`state.${s}`))));

  async function load() {
    const q = new URLSearchParams({ page: filters.page, size: PAGE });
    if (filters.state) q.set('state', filters.state);
    try {
      const page = await get(`articles?${q}`);
      replace(results, page.items.length ? h('table', { class: 'grid' },
        h('thead', {}, h('tr', {}, ['queue.article', 'queue.state', 'queue.language', 'articles.updated']
          .map((k) => h('th', { scope: 'col' }, t(k))))),
        h('tbody', {}, page.items.map((a) => h('tr', {},
          h('td', {}, h('a', { href: `#/articles/${a.id}`, dir: 'auto', lang: a.language }, a.title)),
          h('td', {}, stateBadge(a.state)),
          h('td', {}, languageName(a.language)),
          h('td', {}, dateTime(a.updatedAt)))))) : h('p', { class: 'empty' }, t('queue.empty')),
      page.total > PAGE ? pager(page, (p) => { filters.page = p; load(); }) : null);
    } catch (e) {
      showProblem(results, e);
    }
  }
  await load();
  return h('div', {},
    h('div', { class: 'page-head' }, h('h1', {}, t('articles.title')), h('a', { class: 'button', href: '#/new' }, t('nav.new'))),
    h('div', { class: 'filters' }, field(t('queue.state'), stateSel)), results);
}

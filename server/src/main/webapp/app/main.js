// Start-up, the top bar and the router (#/queue, #/articles/7, …).
import { h, replace } from './dom.js';
import { setLocale, t, LANGUAGES, locale } from './i18n.js';
import { currentUser, hasRole, loggedIn, logout, whenLoggedOut } from './api.js';
import { problemBox } from './ui.js';
import { bell, rememberLanguage } from './bell.js';

const routes = [
  [/^#\/login$/, () => import('./screens/login.js'), 'login'],
  [/^#\/queue$/, () => import('./screens/queue.js'), 'queue'],
  [/^#\/articles$/, () => import('./screens/articles.js'), 'articles'],
  [/^#\/new$/, () => import('./screens/editor.js'), 'create'],
  [/^#\/articles\/(\d+)\/edit$/, () => import('./screens/editor.js'), 'edit'],
  [/^#\/articles\/(\d+)$/, () => import('./screens/article/index.js'), 'article'],
  [/^#\/translations\/(\d+)$/, () => import('./screens/translation.js'), 'translation'],
  [/^#\/admin$/, () => import('./screens/admin.js'), 'admin'],
  [/^#\/notifications$/, () => import('./screens/notifications.js'), 'notifications'],
];

const main = document.getElementById('main');
let rendering = 0;

function topbar() {
  const bar = document.getElementById('topbar');
  const user = currentUser();
  const langSelect = h('select', { id: 'language', onchange: async (e) => {
    await setLocale(e.target.value);
    rememberLanguage();
    route();
  } },
    LANGUAGES.map(([code, name]) => h('option', { value: code, lang: code, selected: code === locale() }, name)));
  const nav = [];
  if (user && loggedIn()) {
    nav.push(h('a', { href: '#/queue' }, t('nav.queue')));
    if (hasRole('EDITOR') || hasRole('ADMIN')) nav.push(h('a', { href: '#/articles' }, t('nav.articles')));
    if (hasRole('EDITOR')) nav.push(h('a', { href: '#/new' }, t('nav.new')));
    if (hasRole('ADMIN')) nav.push(h('a', { href: '#/admin' }, t('nav.admin')));
  }
  for (const a of nav) {
    if (location.hash.startsWith(a.getAttribute('href'))) a.setAttribute('aria-current', 'page');
  }
  replace(bar,
    h('a', { class: 'brand', href: loggedIn() ? '#/queue' : '#/login' }, 'Factdesk'),
    nav.length ? h('nav', { 'aria-label': t('nav.label') }, nav) : null,
    h('div', { class: 'topbar-end' },
      h('label', { for: 'language', class: 'visually-hidden' }, t('nav.language')),
      langSelect,
      user && loggedIn() ? bell() : null,
      user && loggedIn() ? h('span', { class: 'who', dir: 'auto' }, user.displayName) : null,
      user && loggedIn() ? h('button', { type: 'button', class: 'secondary', id: 'logout', onclick: async () => {
        await logout();
        location.hash = '#/login';
      } }, t('nav.logout')) : null));
  document.querySelector('.skip-link').textContent = t('nav.skip');
}

export async function route() {
  const ticket = ++rendering;
  let hash = location.hash;
  if (!loggedIn() && hash !== '#/login') hash = '#/login';
  if (loggedIn() && (hash === '' || hash === '#/' || hash === '#/login')) hash = '#/queue';
  if (hash !== location.hash) {
    history.replaceState(null, '', hash);
  }
  const found = routes.find(([re]) => re.test(hash));
  topbar();
  if (!found) {
    if (hash.startsWith('#/')) replace(main, h('h1', { tabindex: '-1' }, t('error.notFound')));
    return;
  }
  const [re, load, name] = found;
  const params = re.exec(hash).slice(1);
  try {
    const screen = await load();
    const view = await screen.render(name, ...params);
    if (ticket !== rendering) return;
    replace(main, view);
    if (!performance.getEntriesByName('fd:first-screen').length) performance.mark('fd:first-screen');
  } catch (e) {
    if (ticket !== rendering) return;
    replace(main, h('h1', { tabindex: '-1' }, t('error.title')), problemBox(e));
  }
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} · Factdesk` : 'Factdesk';
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
}

document.querySelector('.skip-link').addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});
whenLoggedOut(() => {
  if (location.hash !== '#/login') location.hash = '#/login';
});
window.addEventListener('hashchange', () => route());

await setLocale(localStorage.getItem('fd.lang'));
route();

// One article: its text and claims, state and moves, staff, translations and history. Each section
// is a module of this folder; they get the screen ({ id, data, editor, mayCite, maySettle, refresh }).
import { h, replace } from '../../dom.js';
import { t, languageName } from '../../i18n.js';
import { api, get, hasRole } from '../../api.js';
import { stateBadge } from '../../ui.js';
import { claimVocabulary } from './vocabulary.js';
import { textSection } from './text.js';
import { claimsSection } from './claims.js';
import { workflowSection } from './workflow.js';
import { staffSection } from './staff.js';
import { translationsSection } from './translations.js';
import { historySection } from './history.js';
import { versionsSection } from './versions.js';
import { commentsSection } from './comments.js';
import { auditSection } from './audit.js';
import { changedBy } from '../../changed.js';
import { position } from '../../live.js';

const optional = (promise) => promise.catch(() => null);
const items = (page) => (page ? page.items : []);

/** Everything the screen shows, in one parallel round of requests. */
async function loadAll(id) {
  const [article, claims, summary, tasks, comments, audit, revisions, users, sources, vocabulary, versions, languages] = await Promise.all([
    api('GET', `articles/${id}`),
    optional(get(`articles/${id}/claims?size=200`)),
    optional(get(`articles/${id}/claims/summary`)),
    optional(get(`articles/${id}/translations`)),
    optional(get(`articles/${id}/comments?size=50`)),
    optional(get(`articles/${id}/audit?size=50`)),
    optional(get(`articles/${id}/revisions?size=50`)),
    hasRole('EDITOR') ? optional(get('users?size=200')) : null,
    optional(get('sources?size=50')),
    claimVocabulary(),
    optional(get(`articles/${id}/versions`)),
    hasRole('EDITOR') ? optional(get('languages')) : null,
  ]);
  return { article: article.data, etag: article.etag, claims: items(claims), summary, tasks: tasks || [],
    comments: items(comments), audit: items(audit), revisions: items(revisions), users: items(users),
    sources: items(sources), vocabulary, versions: versions || [], languages: (languages || []).map((l) => l.language.tag) };
}

export async function render(name, id, claimId) {
  // Opened for one claim (a re-check from "what needs me"): focus goes to its card.
  const root = h('div', { class: 'article-screen', 'data-focus': claimId ? `claim-${claimId}` : null });
  const body = h('div', {});
  const since = position();
  const screen = { id, data: await loadAll(id) };
  /** Loads and draws everything again, then focuses the element with id focusId (if any). */
  screen.refresh = async (focusId) => {
    screen.data = await loadAll(id);
    replace(body, view(screen));
    const target = focusId && document.getElementById(focusId);
    if (target) target.focus();
  };
  replace(body, view(screen));
  // Someone else's change to this article, as it happens (GET /api/events): say who, offer a refresh.
  replace(root, changedBy(root, (c) => c.article === Number(id), () => screen.refresh(), since), body);
  return root;
}

function view(screen) {
  const { article } = screen.data;
  // What the server says this person may do now (ArticleActions): nothing is offered that it would refuse.
  const may = new Set(article.allowedActions || []);
  screen.editor = hasRole('EDITOR');
  screen.mayEdit = may.has('edit');
  screen.mayStaff = may.has('staff');
  screen.mayCite = may.has('cite');
  screen.maySettle = may.has('settle');
  return h('div', {},
    h('div', { class: 'page-head' },
      h('div', {},
        h('h1', { dir: 'auto', lang: article.language }, article.title),
        h('p', { class: 'meta' }, stateBadge(article.state), ' ',
          t('article.meta', { language: languageName(article.language), revision: article.currentRevision, author: article.author }),
          ' ', h('span', { dir: 'ltr' }, `#${article.id}`)),
        // The workflow panel is far down the tab order (text, claims): one Tab and Enter reach it.
        h('a', { class: 'skip-link in-screen', href: '#workflow-state', id: 'skip-to-workflow', onclick: (e) => {
          e.preventDefault();
          document.getElementById('workflow-state').focus();
        } }, t('article.skipToWorkflow'))),
      screen.mayEdit ? h('a', { class: 'button secondary', href: `#/articles/${article.id}/edit`, id: 'edit-article' }, t('article.edit')) : null),
    h('div', { class: 'article-layout' },
      h('div', { class: 'article-main' }, textSection(screen), claimsSection(screen)),
      h('aside', { class: 'article-side', 'aria-label': t('article.sideLabel') },
        workflowSection(screen), versionsSection(screen), staffSection(screen), translationsSection(screen))),
    historySection(screen),
    commentsSection(screen),
    auditSection(screen));
}

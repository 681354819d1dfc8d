// One article: its state and moves, staff, text with claims, fact-checking, translations, history.
import { h, field, option, replace } from '../dom.js';
import { t, dateTime, date, number, languageName } from '../i18n.js';
import { api, get, currentUser, hasRole, download } from '../api.js';
import { busy, showProblem, stateBadge, badge, section, diffView, announce } from '../ui.js';
import { claimClass, marked } from '../marks.js';
import { offsetAt, quoteAt } from '../positions.js';

const VERDICTS = ['TRUE', 'MOSTLY_TRUE', 'MIXED', 'MISLEADING', 'FALSE', 'UNVERIFIABLE', 'NOT_A_CLAIM'];
const STANCES = ['SUPPORTS', 'REFUTES', 'CONTEXT'];
const ROLES = ['REVIEWER', 'FACT_CHECKER', 'TRANSLATOR'];
const BLOCK_TAG = { HEADING: 'h3', QUOTE: 'blockquote', PARAGRAPH: 'p' };
let selectionListener = null;

const optional = (promise) => promise.catch(() => null);

async function loadAll(id) {
  const editor = hasRole('EDITOR');
  const [article, claims, summary, tasks, comments, audit, revisions, users, sources] = await Promise.all([
    api('GET', `articles/${id}`),
    optional(get(`articles/${id}/claims?size=200`)),
    optional(get(`articles/${id}/claims/summary`)),
    optional(get(`articles/${id}/translations`)),
    optional(get(`articles/${id}/comments?size=50`)),
    optional(get(`articles/${id}/audit?size=50`)),
    optional(get(`articles/${id}/revisions?size=50`)),
    editor ? optional(get('users?size=200')) : null,
    optional(get('sources?size=50')),
  ]);
  return { article: article.data, etag: article.etag, claims: claims ? claims.items : [], summary,
    tasks: tasks || [], comments: comments ? comments.items : [], audit: audit ? audit.items : [],
    revisions: revisions ? revisions.items : [], users: users ? users.items : [], sources: sources ? sources.items : [] };
}

export async function render(name, id) {
  const root = h('div', { class: 'article-screen' });
  const state = { id, data: await loadAll(id), draft: {} };

  async function refresh(message, focusId) {
    state.data = await loadAll(id);
    draw();
    if (message) announce(message);
    const target = focusId && document.getElementById(focusId);
    if (target) target.focus();
  }
  function draw() {
    replace(root, view(state, refresh));
  }
  draw();
  return root;
}

function view(state, refresh) {
  const { article, tasks } = state.data;
  const me = currentUser();
  const editor = hasRole('EDITOR');
  const active = article.assignments.filter((a) => a.active);
  const checker = editor || active.some((a) => a.role === 'FACT_CHECKER' && a.user === me.username);
  return h('div', {},
    h('div', { class: 'page-head' },
      h('div', {},
        h('h1', { dir: 'auto', lang: article.language }, article.title),
        h('p', { class: 'meta' }, stateBadge(article.state), ' ',
          t('article.meta', { language: languageName(article.language), revision: article.currentRevision, author: article.author }))),
      editor ? h('a', { class: 'button secondary', href: `#/articles/${article.id}/edit`, id: 'edit-article' }, t('article.edit')) : null),
    h('div', { class: 'article-layout' },
      h('div', { class: 'article-main' },
        textSection(state, checker, refresh),
        claimsSection(state, checker, refresh)),
      h('aside', { class: 'article-side', 'aria-label': t('article.sideLabel') },
        workflowSection(state, refresh),
        staffSection(state, editor, refresh),
        translationsSection(article, tasks, editor, refresh))),
    historySection(state),
    commentsSection(state, refresh),
    auditSection(state.data.audit));
}

function workflowSection(state, refresh) {
  const { article } = state.data;
  const slot = h('div', { class: 'slot', id: 'transition-problem' });
  const comment = h('input', { name: 'transition-comment', dir: 'auto' });
  const buttons = article.transitions.map((tr) => {
    const button = h('button', { type: 'button', class: tr.ready ? 'primary' : 'secondary', 'data-to': tr.to },
      t(`action.${tr.action}`), ` ${t('common.arrow')} `, t(`state.${tr.to}`));
    button.addEventListener('click', () => busy(button, async () => {
      showProblem(slot, null);
      try {
        await api('POST', `articles/${article.id}/transitions`, { etag: state.data.etag,
          body: { to: tr.to, comment: comment.value || null } });
        await refresh(t('article.moved', { state: t(`state.${tr.to}`) }));
      } catch (e) {
        showProblem(slot, e);
        slot.querySelector('[role=alert]')?.setAttribute('tabindex', '-1');
        slot.querySelector('[role=alert]')?.focus();
      }
    }));
    return h('li', { class: 'transition' }, button,
      !tr.ready && tr.blockedBy && tr.blockedBy.length
        ? h('ul', { class: 'blocked', 'aria-label': t('article.blockedBecause') }, tr.blockedBy.map((r) => h('li', {}, r.message)))
        : null);
  });
  return section(t('article.workflow'),
    h('p', {}, t('article.state'), ' ', stateBadge(article.state)),
    buttons.length ? [field(t('article.transitionComment'), comment), h('ul', { class: 'transitions' }, buttons)]
      : h('p', { class: 'empty' }, t('article.noMoves')),
    slot);
}

function staffSection(state, editor, refresh) {
  const { article, users } = state.data;
  const active = article.assignments.filter((a) => a.active);
  const slot = h('div', { class: 'slot' });
  const rows = active.map((a) => h('li', { class: a.overdue ? 'overdue' : null },
    h('span', { class: 'who' }, a.user), ' · ', t(`role.${a.role}`), a.language ? ` (${a.language})` : '',
    a.due ? [' · ', t('article.due', { date: date(a.due) })] : null,
    a.overdue ? [' ', badge('flag', 'overdue', t('queue.overdue'))] : null,
    editor ? h('button', { type: 'button', class: 'link', 'aria-label': t('article.unassignLabel', { user: a.user, role: t(`role.${a.role}`) }),
      onclick: async (e) => busy(e.target, async () => {
        try {
          await api('DELETE', `articles/${article.id}/assignments/${a.id}`);
          await refresh(t('article.unassigned'));
        } catch (err) { showProblem(slot, err); }
      }) }, t('article.unassign')) : null));
  let form = null;
  if (editor) {
    const user = h('select', { name: 'assign-user', id: 'assign-user' }, users.filter((u) => u.active).map((u) =>
      option(u.username, `${u.displayName} (${u.username}: ${u.roles.map((r) => t(`userRole.${r}`)).join(', ')})`)));
    const role = h('select', { name: 'assign-role', id: 'assign-role' }, ROLES.map((r) => option(r, t(`role.${r}`))));
    const language = h('input', { name: 'assign-language', id: 'assign-language', size: 8 });
    const due = h('input', { name: 'assign-due', id: 'assign-due', type: 'date' });
    const submit = h('button', { type: 'submit', id: 'assign-submit' }, t('article.assign'));
    form = h('form', { class: 'assign-form', onsubmit: (e) => {
      e.preventDefault();
      busy(submit, async () => {
        showProblem(slot, null);
        try {
          // One reviewer and one translator per language: assigning another person reassigns the part.
          const existing = active.find((a) => a.role === role.value && (role.value === 'REVIEWER'
            || (role.value === 'TRANSLATOR' && a.language === language.value.trim())));
          if (existing && existing.user !== user.value) {
            await api('PUT', `articles/${article.id}/assignments/${existing.id}`, { body: { user: user.value, due: due.value || null } });
          } else {
            await api('POST', `articles/${article.id}/assignments`, { body: { user: user.value, role: role.value,
              language: role.value === 'TRANSLATOR' ? language.value.trim() : null, due: due.value || null } });
          }
          await refresh(t('article.assigned', { user: user.value }), 'assign-user');
        } catch (err) { showProblem(slot, err); }
      });
    } },
    h('h3', {}, t('article.assignTitle')),
    field(t('article.person'), user), field(t('article.role'), role),
    field(t('article.language'), language, t('article.languageHint')), field(t('article.dueDate'), due), submit);
  }
  return section(t('article.staff'), rows.length ? h('ul', { class: 'staff' }, rows) : h('p', { class: 'empty' }, t('article.nobody')),
    slot, form);
}

/** The text, each claim highlighted where it sits (positions count code points, as the API does). */
function textSection(state, checker, refresh) {
  const { article, claims } = state.data;
  const byBlock = new Map();
  for (const c of claims) {
    const p = c.selectors && c.selectors.position;
    if (!p) continue;
    if (!byBlock.has(p.block)) byBlock.set(p.block, []);
    byBlock.get(p.block).push({ start: p.start, end: p.end, claim: c });
  }
  const text = h('div', { class: 'article-text', id: 'article-text', lang: article.language, dir: article.direction },
    article.revision.blocks.map((b) => {
      const el = h(BLOCK_TAG[b.kind] || 'p', { 'data-block': b.index }, marked(b.text, byBlock.get(b.index) || []));
      BLOCK_TEXT.set(el, b.text);
      return el;
    }));
  let flag = null;
  if (checker) flag = flagForm(state, text, refresh);
  return section(t('article.text'), legend(), text, flag);
}

/** Each block element's own text, as the API has it (the marks add screen-reader labels to the DOM). */
const BLOCK_TEXT = new WeakMap();

function closestBlock(node) {
  const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return el ? el.closest('[data-block]') : null;
}

/** A DOM boundary (node, offset) as code points from the start of the block's own text (positions.js counts). */
function offsetIn(block, node, offset) {
  const texts = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
  const pieces = texts.map((n) => ({ text: n.data, hidden: Boolean(n.parentElement.closest('.visually-hidden')) }));
  if (node.nodeType === Node.TEXT_NODE) return offsetAt(pieces, texts.indexOf(node), offset);
  // A boundary between elements: it lies before the first text node at or after it.
  const point = document.createRange();
  point.setStart(node, offset);
  const next = texts.findIndex((n) => point.comparePoint(n, 0) >= 0);
  return offsetAt(pieces, next < 0 ? texts.length : next, 0);
}

function legend() {
  return h('p', { class: 'legend' }, t('article.legend'), ' ',
    h('span', { class: claimClass('FLAGGED') }, t('claimStatus.FLAGGED')), ' ',
    h('span', { class: claimClass('IN_PROGRESS') }, t('claimStatus.IN_PROGRESS')), ' ',
    h('span', { class: claimClass('RESOLVED', 'TRUE') }, t('verdict.TRUE')), ' ',
    h('span', { class: claimClass('RESOLVED', 'MISLEADING') }, t('verdict.MISLEADING')), ' ',
    h('span', { class: claimClass('RESOLVED', 'FALSE') }, t('verdict.FALSE')), ' ',
    h('span', { class: claimClass('RESOLVED', 'UNVERIFIABLE') }, t('verdict.UNVERIFIABLE')));
}

/** Select text in the article (or type the quote) to flag it as a claim. */
function flagForm(state, textEl, refresh) {
  const quote = h('input', { name: 'claim-quote', id: 'claim-quote', dir: 'auto', lang: state.data.article.language });
  const reason = h('input', { name: 'claim-reason', id: 'claim-reason', dir: 'auto' });
  const slot = h('div', { class: 'slot' });
  const submit = h('button', { type: 'submit', id: 'flag-claim' }, t('claims.flag'));
  let context = null;
  quote.addEventListener('input', () => { context = null; });
  if (selectionListener) document.removeEventListener('selectionchange', selectionListener);
  selectionListener = () => {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount || !document.body.contains(textEl)) return;
    const range = sel.getRangeAt(0);
    const block = closestBlock(range.startContainer);
    if (!block || !textEl.contains(block) || block !== closestBlock(range.endContainer)) return;
    const found = quoteAt(BLOCK_TEXT.get(block), offsetIn(block, range.startContainer, range.startOffset),
      offsetIn(block, range.endContainer, range.endOffset));
    if (!found) return;
    quote.value = found.exact;
    context = { prefix: found.prefix, suffix: found.suffix };
  };
  document.addEventListener('selectionchange', selectionListener);
  return h('form', { class: 'flag-form', onsubmit: (e) => {
    e.preventDefault();
    busy(submit, async () => {
      showProblem(slot, null);
      try {
        await api('POST', `articles/${state.id}/claims`, { body: { exact: quote.value, reason: reason.value || null,
          prefix: context ? context.prefix : null, suffix: context ? context.suffix : null } });
        await refresh(t('claims.flagged'), 'claim-quote');
      } catch (err) { showProblem(slot, err); }
    });
  } },
  h('h3', {}, t('claims.flagTitle')),
  field(t('claims.quote'), quote, t('claims.quoteHint')),
  field(t('claims.reason'), reason),
  slot, submit);
}

function claimsSection(state, checker, refresh) {
  const { claims, summary, article } = state.data;
  const list = claims.map((c) => claimCard(c, state, checker, refresh));
  const suggestions = h('div', { class: 'suggestions' });
  return section(t('claims.title'),
    summary ? summaryView(summary) : null,
    list.length ? h('ol', { class: 'claims' }, list) : h('p', { class: 'empty' }, t('claims.none')),
    checker ? h('button', { type: 'button', class: 'secondary', id: 'show-suggestions', onclick: (e) =>
      busy(e.target, () => loadSuggestions(state, suggestions, refresh)) }, t('claims.showSuggestions')) : null,
    suggestions,
    checker ? sourcesPanel(state, refresh) : null,
    h('p', {}, h('button', { type: 'button', class: 'link', onclick: () =>
      download(`articles/${article.id}/claims/export.csv`, `claims-${article.id}.csv`, 'text/csv') }, t('claims.csv'))));
}

function summaryView(s) {
  const by = s.byStatus || {};
  return h('div', { class: 'summary' },
    h('p', {}, t('claims.summary', { total: number(s.total), resolved: number(by.RESOLVED || 0),
      open: number((by.FLAGGED || 0) + (by.IN_PROGRESS || 0)) })),
    s.blocking && s.blocking.length ? h('ul', { class: 'blocked', 'aria-label': t('claims.blocking') },
      s.blocking.map((b) => h('li', {}, t('claims.blockingItem', { claim: b.claim, quote: b.quote }), ' — ', t(`blocking.${b.reason}`)))) : null);
}

function claimCard(c, state, checker, refresh) {
  const slot = h('div', { class: 'slot' });
  const quote = c.selectors && c.selectors.quote ? c.selectors.quote.exact : '';
  const open = checker && c.status !== 'RESOLVED';
  const cites = (c.citations || []).map((ci) => citationItem(ci, c, open, slot, refresh));
  let forms = null;
  if (open) {
    const source = h('select', { name: `cite-source-${c.id}` }, state.data.sources.map((s) => option(s.id, s.title || s.url || `#${s.id}`)));
    const stance = h('select', { name: `cite-stance-${c.id}` }, STANCES.map((s) => option(s, t(`stance.${s}`))));
    const locator = h('input', { name: `cite-locator-${c.id}`, dir: 'auto' });
    const cite = h('button', { type: 'submit', class: 'secondary', id: `cite-${c.id}` }, t('claims.cite'));
    const verdict = h('select', { name: `verdict-${c.id}` }, VERDICTS.map((v) => option(v, t(`verdict.${v}`))));
    const rationale = h('textarea', { name: `rationale-${c.id}`, rows: 2, dir: 'auto' });
    const resolve = h('button', { type: 'submit', id: `resolve-${c.id}` }, t('claims.resolve'));
    forms = h('div', { class: 'claim-forms' },
      state.data.sources.length ? h('form', { class: 'inline-form', onsubmit: (e) => {
        e.preventDefault();
        busy(cite, async () => {
          try {
            await api('POST', `claims/${c.id}/citations`, { body: { source: Number(source.value), stance: stance.value,
              locator: locator.value || null } });
            await refresh(t('claims.cited'), `cite-${c.id}`);
          } catch (err) { showProblem(slot, err); }
        });
      } }, field(t('claims.source'), source), field(t('claims.stance'), stance), field(t('claims.locator'), locator), cite)
        : h('p', { class: 'hint' }, t('claims.addSourceFirst')),
      h('form', { class: 'inline-form', onsubmit: (e) => {
        e.preventDefault();
        busy(resolve, async () => {
          try {
            await api('POST', `claims/${c.id}/resolution`, { etag: `"${c.version}"`,
              body: { verdict: verdict.value, rationale: rationale.value } });
            await refresh(t('claims.resolved'), `claim-${c.id}`);
          } catch (err) { showProblem(slot, err); }
        });
      } }, field(t('claims.verdict'), verdict), field(t('claims.rationale'), rationale), resolve));
  }
  return h('li', { class: `claim-card ${claimClass(c.status, c.verdict)}`, id: `claim-${c.id}`, tabindex: '-1' },
    h('p', { class: 'claim-quote' }, h('q', { lang: state.data.article.language, dir: 'auto' }, quote)),
    h('p', { class: 'claim-meta' }, badge('status', c.status, t(`claimStatus.${c.status}`)),
      c.verdict ? [' ', badge('verdict', c.verdict, t(`verdict.${c.verdict}`))] : null,
      c.anchor && c.anchor !== 'ANCHORED' ? [' ', badge('anchor', c.anchor, t(`anchor.${c.anchor}`))] : null,
      ' ', t('claims.flaggedBy', { user: c.flaggedBy })),
    c.reason ? h('p', { dir: 'auto' }, c.reason) : null,
    c.rationale ? h('p', { class: 'rationale', dir: 'auto' }, c.rationale) : null,
    cites.length ? h('ul', { class: 'citations', 'aria-label': t('claims.citations') }, cites) : null,
    forms, slot);
}

/** One citation; on an open claim its stance and locator can be corrected, or it can be removed. */
function citationItem(ci, claim, editable, slot, refresh) {
  const shown = () => [badge('stance', ci.stance, t(`stance.${ci.stance}`)), ' ',
    sourceLink(ci.source), ci.locator ? [' — ', h('span', { dir: 'auto' }, ci.locator)] : null];
  const li = h('li', { id: `citation-${ci.id}` }, shown());
  if (!editable) return li;
  const path = `claims/${claim.id}/citations/${ci.id}`;
  const etag = `"${claim.version}"`;
  const edit = h('button', { type: 'button', class: 'link', id: `edit-citation-${ci.id}` }, t('claims.editCitation'));
  edit.addEventListener('click', () => {
    const stance = h('select', { name: `citation-stance-${ci.id}` },
      STANCES.map((s) => option(s, t(`stance.${s}`), ci.stance)));
    const locator = h('input', { name: `citation-locator-${ci.id}`, dir: 'auto', value: ci.locator || '' });
    const save = h('button', { type: 'submit', class: 'secondary', id: `save-citation-${ci.id}` }, t('claims.saveCitation'));
    const remove = h('button', { type: 'button', class: 'secondary', id: `remove-citation-${ci.id}`,
      onclick: () => busy(remove, async () => {
        try {
          await api('DELETE', path, { etag });
          await refresh(t('claims.citationRemoved'), `claim-${claim.id}`);
        } catch (err) { showProblem(slot, err); }
      }) }, t('claims.removeCitation'));
    const cancel = h('button', { type: 'button', class: 'link', onclick: () => {
      replace(li, shown(), ' ', edit);
      edit.focus();
    } }, t('common.cancel'));
    replace(li, h('form', { class: 'inline-form', onsubmit: (e) => {
      e.preventDefault();
      busy(save, async () => {
        try {
          await api('PUT', path, { etag, body: { stance: stance.value, locator: locator.value || null } });
          await refresh(t('claims.citationSaved'), `claim-${claim.id}`);
        } catch (err) { showProblem(slot, err); }
      });
    } }, sourceLink(ci.source), field(t('claims.stance'), stance), field(t('claims.locator'), locator),
    save, remove, cancel));
    stance.focus();
  });
  li.append(' ', edit);
  return li;
}

function sourceLink(s) {
  const title = s.title || s.url || `#${s.id}`;
  return /^https?:\/\//i.test(s.url || '')
    ? h('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank', dir: 'auto' }, title)
    : h('span', { dir: 'auto' }, title);
}

async function loadSuggestions(state, slot, refresh) {
  const list = await get(`articles/${state.id}/suggestions`);
  replace(slot, list.length ? h('ul', { class: 'suggestion-list', 'aria-label': t('claims.suggestions') }, list.map((s) => h('li', {},
    h('q', { lang: state.data.article.language, dir: 'auto' }, s.text), ' ',
    h('button', { type: 'button', class: 'secondary', onclick: (e) => busy(e.target, async () => {
      await api('POST', `articles/${state.id}/suggestions/${encodeURIComponent(s.id)}/acceptance`, { body: {} });
      await refresh(t('claims.accepted'));
    }) }, t('claims.accept')), ' ',
    h('button', { type: 'button', class: 'link', onclick: (e) => busy(e.target, async () => {
      await api('POST', `articles/${state.id}/suggestions/${encodeURIComponent(s.id)}/dismissal`);
      e.target.closest('li').remove();
      announce(t('claims.dismissed'));
    }) }, t('claims.dismiss'))))) : h('p', { class: 'empty' }, t('claims.noSuggestions')));
}

function sourcesPanel(state, refresh) {
  const slot = h('div', { class: 'slot' });
  const results = h('div', { class: 'source-results' });
  const q = h('input', { type: 'search', name: 'source-q', id: 'source-q' });
  const url = h('input', { type: 'url', name: 'source-url', id: 'source-url' });
  const title = h('input', { name: 'source-title', id: 'source-title', dir: 'auto' });
  const publisher = h('input', { name: 'source-publisher', id: 'source-publisher', dir: 'auto' });
  const add = h('button', { type: 'submit', id: 'add-source' }, t('sources.add'));
  const showResults = (items) => replace(results, items.length ? h('ul', {}, items.map((s) => h('li', {}, sourceLink(s),
    s.publisher ? [' — ', h('span', { dir: 'auto' }, s.publisher)] : null, ' ', snapshotUpload(s, slot)))) : h('p', { class: 'empty' }, t('sources.none')));
  showResults(state.data.sources.slice(0, 5));
  return h('div', { class: 'sources' },
    h('h3', {}, t('sources.title')),
    h('form', { role: 'search', class: 'inline-form', onsubmit: async (e) => {
      e.preventDefault();
      try { showResults((await get(`sources?q=${encodeURIComponent(q.value)}&size=20`)).items); } catch (err) { showProblem(slot, err); }
    } }, field(t('sources.search'), q), h('button', { type: 'submit', class: 'secondary' }, t('sources.find'))),
    results,
    h('form', { class: 'inline-form', onsubmit: (e) => {
      e.preventDefault();
      busy(add, async () => {
        try {
          await api('POST', 'sources', { body: { url: url.value, title: title.value || null, publisher: publisher.value || null } });
          await refresh(t('sources.added'), 'source-url');
        } catch (err) { showProblem(slot, err); }
      });
    } }, field(t('sources.url'), url), field(t('sources.name'), title), field(t('sources.publisher'), publisher), add),
    slot);
}

function snapshotUpload(source, slot) {
  const input = h('input', { type: 'file', class: 'visually-hidden', id: `snapshot-${source.id}`, onchange: async () => {
    const f = input.files[0];
    if (!f) return;
    try {
      await api('POST', `sources/${source.id}/snapshots?name=${encodeURIComponent(f.name)}`, { body: f,
        type: f.type || 'application/octet-stream' });
      announce(t('sources.snapshotSaved', { name: f.name }));
    } catch (err) { showProblem(slot, err); }
  } });
  return h('span', {}, input, h('label', { for: input.id, class: 'button-like' }, t('sources.snapshot')));
}

function translationsSection(article, tasks, editor, refresh) {
  const slot = h('div', { class: 'slot' });
  const rows = tasks.map((task) => h('li', { class: 'task' },
    h('a', { href: `#/translations/${task.id}`, id: `open-translation-${task.language}` },
      t('translations.open', { language: languageName(task.language) })),
    ' ', stateBadge(`T_${task.state}`),
    task.stale ? [' ', badge('flag', 'stale', t('translations.stale'))] : null,
    task.translator ? h('span', { class: 'meta' }, ' · ', task.translator) : null,
    editor && task.state === 'SUBMITTED' && !task.stale ? h('button', { type: 'button', id: `approve-${task.language}`,
      onclick: (e) => busy(e.target, async () => {
        try {
          await api('POST', `translations/${task.id}/approve`, { etag: `"${task.version}"` });
          await refresh(t('translations.approved', { language: task.language }));
        } catch (err) { showProblem(slot, err); }
      }) }, t('translations.approve')) : null,
    task.state === 'APPROVED' && !task.stale && article.approvedRevision ? pdfButton(article, task.language, slot) : null));
  return section(t('translations.title'),
    rows.length ? h('ul', { class: 'tasks' }, rows) : h('p', { class: 'empty' }, t('translations.none')),
    article.approvedRevision ? h('p', {}, pdfButton(article, article.language, slot)) : null,
    slot);
}

function pdfButton(article, lang, slot) {
  return h('button', { type: 'button', class: 'secondary', id: `pdf-${lang}`, onclick: (e) => busy(e.target, async () => {
    try {
      const name = await download(`articles/${article.id}/pdf${lang === article.language ? '' : `?lang=${encodeURIComponent(lang)}`}`,
        `${article.slug}-${lang}.pdf`, 'application/pdf');
      announce(t('article.downloaded', { name }));
    } catch (err) { showProblem(slot, err); }
  }) }, t('article.pdf', { language: languageName(lang) }));
}

function historySection(state) {
  const { revisions, article } = state.data;
  const out = h('div', { class: 'diff-out', 'aria-live': 'polite' });
  const numbers = revisions.map((r) => r.number).sort((a, b) => a - b);
  const from = h('select', { name: 'diff-from' }, numbers.map((n) => option(n, t('history.revision', { n }), n === Math.max(1, article.currentRevision - 1))));
  const to = h('select', { name: 'diff-to' }, numbers.map((n) => option(n, t('history.revision', { n }), n === article.currentRevision)));
  return section(t('history.title'),
    h('ol', { class: 'revisions', reversed: true }, revisions.map((r) => h('li', {},
      t('history.line', { n: r.number, author: r.author, when: dateTime(r.createdAt) }),
      r.note ? [' — ', h('span', { dir: 'auto' }, r.note)] : null))),
    numbers.length > 1 ? h('form', { class: 'inline-form', onsubmit: async (e) => {
      e.preventDefault();
      try {
        const d = await get(`articles/${article.id}/diff?from=${from.value}&to=${to.value}`);
        replace(out, h('p', { class: 'meta' }, t('history.counts', { added: d.wordsAdded, removed: d.wordsRemoved })),
          diffView(d.segments, { lang: article.language, dir: article.direction }));
      } catch (err) { showProblem(out, err); }
    } }, field(t('history.from'), from), field(t('history.to'), to),
    h('button', { type: 'submit', class: 'secondary', id: 'show-diff' }, t('history.showDiff'))) : null,
    out);
}

function commentsSection(state, refresh) {
  const body = h('textarea', { name: 'comment', id: 'comment-body', rows: 3, dir: 'auto' });
  const slot = h('div', { class: 'slot' });
  const submit = h('button', { type: 'submit', class: 'secondary' }, t('comments.add'));
  return section(t('comments.title'),
    state.data.comments.length ? h('ul', { class: 'comments' }, state.data.comments.map((c) => h('li', {},
      h('p', { class: 'meta' }, t('comments.by', { author: c.author, when: dateTime(c.createdAt) })),
      h('p', { dir: 'auto' }, c.body)))) : h('p', { class: 'empty' }, t('comments.none')),
    h('form', { onsubmit: (e) => {
      e.preventDefault();
      busy(submit, async () => {
        try {
          await api('POST', `articles/${state.id}/comments`, { body: { body: body.value } });
          await refresh(t('comments.added'), 'comment-body');
        } catch (err) { showProblem(slot, err); }
      });
    } }, field(t('comments.new'), body), slot, submit));
}

function auditSection(events) {
  return section(t('audit.title'), h('ol', { class: 'timeline' }, events.map((e) => h('li', {},
    h('time', { datetime: e.at }, dateTime(e.at)), ' ', h('span', { class: 'who' }, e.actor), ' ',
    h('code', {}, e.action), e.note ? [' — ', h('span', { dir: 'auto' }, e.note)] : null))));
}

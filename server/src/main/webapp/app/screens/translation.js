// Source beside target, block by block, each side in its own language and direction.
import { h, field, replace } from '../dom.js';
import { t, languageName } from '../i18n.js';
import { api, hasRole, currentUser, download } from '../api.js';
import { act, showProblem, stateBadge, badge, diffView, announce, ownTranslationNote } from '../ui.js';
import { marked } from '../marks.js';
import { codePoints } from '../positions.js';
import { figureWarnings, overrideField, overrideNote } from './figures.js';
import { changedBy } from '../changed.js';

export async function render(name, id) {
  const root = h('div', { class: 'translation-screen' });
  const body = h('div', {});
  const state = { id, typed: null };

  async function load() {
    const { data, etag } = await api('GET', `translations/${id}`);
    state.ws = data;
    state.etag = etag;
    replace(body, view(state, load));
  }
  await load();
  // The source or this translation changed in someone else's hands: say who, offer to reload.
  replace(root, changedBy(root, (c) => c.article === state.ws.task.articleId
    && (!c.subject || !c.subject.startsWith('translation:') || c.subject === `translation:${id}`), load), body);
  return root;
}

/** The source block with its claims marked (their offsets count code points in the source text). */
function sourceWithClaims(text, claims) {
  return marked(text, (claims || []).map((c) => ({ start: c.sourceStart, end: c.sourceEnd, claim: c })));
}

function view(state, load) {
  const ws = state.ws;
  const task = ws.task;
  const me = currentUser();
  const translator = task.translator === me.username;
  const editor = hasRole('EDITOR');
  const editable = translator && ['ASSIGNED', 'IN_PROGRESS', 'CHANGES_REQUESTED'].includes(task.state) || (translator && task.stale);
  const slot = h('div', { class: 'slot' });
  // Typed text survives a failed save and a reload: it is only replaced when the user chooses.
  const typed = state.typed || { title: ws.title || '', blocks: ws.blocks.map((b) => b.target || '') };
  state.typed = typed;
  const title = h('input', { name: 'target-title', id: 'target-title', lang: task.language, dir: ws.dir, value: typed.title,
    readonly: !editable, oninput: (e) => { typed.title = e.target.value; } });
  const areas = [];
  const rows = ws.blocks.map((b, i) => {
    const area = h('textarea', { name: `target-${b.index}`, id: `target-${b.index}`, lang: task.language, dir: ws.dir,
      rows: Math.max(3, Math.ceil(codePoints(b.source).length / 60)), readonly: !editable,
      'aria-label': t('translation.targetLabel', { n: b.index + 1, language: languageName(task.language) }),
      oninput: (e) => { typed.blocks[i] = e.target.value; } });
    area.value = typed.blocks[i];
    areas.push(area);
    return h('div', { class: `pair${b.changed ? ' changed' : ''}`, id: `pair-${b.index}` },
      h('div', { class: 'source-side', lang: ws.sourceLanguage, dir: ws.sourceDir },
        h('span', { class: 'block-no', dir: 'ltr' }, `${b.index + 1}`),
        h('p', {}, sourceWithClaims(b.source, b.claims)),
        b.changed && b.diff ? h('details', { open: true }, h('summary', {}, t('translation.whatChanged')),
          diffView(b.diff, { lang: ws.sourceLanguage, dir: ws.sourceDir })) : null),
      h('div', { class: 'target-side' },
        area,
        b.approved ? badge('flag', 'approved', t('translation.blockApproved')) : null,
        figureWarnings(b),
        b.claims && b.claims.length ? h('p', { class: 'hint' }, t('translation.claimsHere', { n: b.claims.length })) : null));
  });

  /** Saves (then submits); resolves to false when someone saved first. */
  async function save(submitAfter) {
    try {
      const r = await api('PUT', `translations/${state.id}`, { etag: state.etag, body: { title: typed.title, blocks: typed.blocks } });
      state.etag = r.etag;
      if (submitAfter) await api('POST', `translations/${state.id}/submit`, { etag: state.etag });
    } catch (err) {
      if (err.status !== 412) throw err;
      // Someone saved first: take their version as the base, keep what was typed here on screen.
      await load();
      announce(t('translation.conflict'));
      showProblem(document.querySelector('.translation-screen .slot'), err);
      return false;
    }
    state.typed = null;
    await load();
    return true;
  }

  /** A change to the task as it stands (its ETag); the screen then shows the task anew. */
  const change = (button, request, done) => act(button, slot, async () => {
    await request();
    await load();
  }, { done });

  const saveBtn = h('button', { type: 'button', class: 'secondary', id: 'save-translation', onclick: () => act(saveBtn, slot,
    () => save(false), { done: (saved) => saved && t('translation.saved') }) }, t('translation.save'));
  const submitBtn = h('button', { type: 'button', id: 'submit-translation', onclick: () => act(submitBtn, slot,
    () => save(true), { done: (saved) => saved && t('translation.submitted') }) }, t('translation.submit'));
  const xliffIn = h('input', { type: 'file', id: 'xliff-file', accept: '.xlf,.xliff,application/xliff+xml', class: 'visually-hidden',
    onchange: () => {
      const f = xliffIn.files[0];
      if (!f) return;
      change(xliffIn, async () => {
        await api('PUT', `translations/${state.id}/xliff`, { etag: state.etag, body: f, type: 'application/xliff+xml' });
        state.typed = null;
      }, t('translation.xliffImported'));
    } });
  const comment = h('input', { name: 'review-comment', id: 'review-comment', dir: 'auto' });
  const override = overrideField(ws);

  return h('div', {},
    h('div', { class: 'page-head' },
      h('div', {},
        h('h1', {}, t('translation.title', { language: languageName(task.language) })),
        h('p', { class: 'meta' }, stateBadge(`T_${task.state}`), ' ',
          t('translation.meta', { article: ws.sourceTitle, revision: task.basedOnRevision, source: task.sourceRevision })),
        h('p', {}, h('a', { href: `#/articles/${task.articleId}` }, t('translation.backToArticle')))),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', id: 'xliff-download', onclick: (e) => act(e.target, slot, () =>
          download(`translations/${state.id}/xliff`, `translation-${state.id}.xlf`, 'application/xliff+xml')) }, t('translation.xliffDownload')),
        editable ? [xliffIn, h('label', { for: xliffIn.id, class: 'button-like' }, t('translation.xliffUpload'))] : null)),
    task.stale ? staleBanner(ws) : null,
    overrideNote(task),
    ws.reviewComment ? h('div', { class: 'notice', role: 'note' }, h('strong', {}, t('translation.reviewComment')), ' ',
      h('span', { dir: 'auto' }, ws.reviewComment)) : null,
    h('div', { class: 'pairs' },
      h('div', { class: 'pair header' },
        h('div', { class: 'source-side', lang: ws.sourceLanguage, dir: ws.sourceDir },
          h('h2', {}, t('translation.source')), h('p', { class: 'title-line' }, ws.sourceTitle)),
        h('div', { class: 'target-side' }, h('h2', {}, t('translation.target')), field(t('translation.titleField'), title))),
      rows),
    slot,
    h('div', { class: 'actions sticky-actions' },
      editable ? [saveBtn, submitBtn] : null,
      editor && task.state === 'SUBMITTED' && !task.stale ? [
        ownTranslationNote(task) || [override ? override.field : null,
          h('button', { type: 'button', id: 'approve-translation', onclick: (e) => change(e.target,
            () => api('POST', `translations/${state.id}/approve`, { etag: state.etag,
              body: override && override.input.value.trim() ? { override: override.input.value } : undefined }),
            t('translations.approved', { language: task.language })) }, t('translations.approve'))],
        field(t('translation.changesComment'), comment),
        h('button', { type: 'button', class: 'secondary', onclick: (e) => change(e.target,
          () => api('POST', `translations/${state.id}/changes`, { etag: state.etag, body: { comment: comment.value } }),
          t('translation.changesRequested')) }, t('translation.requestChanges'))] : null));
}

function staleBanner(ws) {
  const changed = ws.blocks.filter((b) => b.changed);
  return h('div', { class: 'stale-banner', role: 'alert' },
    h('p', {}, h('strong', {}, t('translation.staleTitle')), ' ', t('translation.staleText', { n: changed.length })),
    h('ul', {}, changed.map((b) => h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => {
      const target = document.getElementById(`target-${b.index}`);
      document.getElementById(`pair-${b.index}`).scrollIntoView({ block: 'center' });
      target.focus();
    } }, t('translation.goToBlock', { n: b.index + 1 }))))));
}

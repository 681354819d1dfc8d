// Source beside target, block by block, each side in its own language and direction.
import { h, field, replace } from '../dom.js';
import { t, languageName } from '../i18n.js';
import { api, currentUser, download } from '../api.js';
import { act, stateBadge, badge, diffView, announce, ownTranslationNote } from '../ui.js';
import { mergeAligned } from '../merge.js';
import { guardLeaving } from '../leave.js';
import { marked } from '../marks.js';
import { codePoints } from '../positions.js';
import { figureWarnings, overrideField, overrideNote } from './figures.js';
import { pdfScriptWarning } from '../pdfscript.js';
import { changedBy } from '../changed.js';
import { position } from '../live.js';
import { limit } from '../limits.js';

export async function render(name, id) {
  const root = h('div', { class: 'translation-screen' });
  const body = h('div', {});
  const state = { id, typed: null, conflicts: new Map(), draftKey: `fd.tdraft.${currentUser().username}.${id}` };
  state.redraw = () => replace(body, state.pdfWarning, view(state, load));

  async function load() {
    const { data, etag } = await api('GET', `translations/${id}`);
    state.ws = data;
    state.etag = etag;
    if (state.pdfWarning === undefined) state.pdfWarning = await pdfScriptWarning(data.task.language);
    // What was saved: the base of a merge with anyone saving meanwhile, and what "unsaved" is measured against.
    state.base = { revision: data.task.revision, title: data.title || '', blocks: data.blocks.map((b) => b.target || '') };
    state.redraw();
  }
  const since = position();
  await load();
  restoreOffer(state);
  guardLeaving(() => unsaved(state));
  // The source or this translation changed in someone else's hands: say who, offer to reload.
  replace(root, changedBy(root, (c) => c.article === state.ws.task.articleId
    && (!c.subject || !c.subject.startsWith('translation:') || c.subject === `translation:${id}`), load, since), body);
  return root;
}

/** Whether what is typed here differs from what was saved. */
function unsaved(state) {
  const typed = state.typed;
  return Boolean(typed && (typed.title !== state.base.title || typed.blocks.some((b, i) => b !== state.base.blocks[i])));
}

/** Keeps the typed text in this browser (per person and task) until it is saved, so a reload loses nothing. */
function keepDraft(state) {
  if (unsaved(state)) localStorage.setItem(state.draftKey, JSON.stringify(state.typed));
  else localStorage.removeItem(state.draftKey);
}

/** The source block with its claims marked (their offsets count code points in the source text). */
function sourceWithClaims(text, claims) {
  return marked(text, (claims || []).map((c) => ({ start: c.sourceStart, end: c.sourceEnd, claim: c })));
}

function view(state, load) {
  const ws = state.ws;
  const task = ws.task;
  // What this person may do now, from the server (the same rules its steps enforce).
  const may = new Set(ws.allowedActions || []);
  const editable = may.has('save');
  const slot = h('div', { class: 'slot' });
  // Typed text survives a failed save and a reload: it is only replaced when the user chooses.
  const typed = state.typed || { title: state.base.title, blocks: [...state.base.blocks] };
  state.typed = typed;
  const title = h('input', { name: 'target-title', id: 'target-title', lang: task.language, dir: ws.dir, value: typed.title,
    readonly: !editable, oninput: (e) => { typed.title = e.target.value; keepDraft(state); } });
  limit(title, 'SaveTranslationRequest.title');
  const areas = [];
  const rows = ws.blocks.map((b, i) => {
    const area = h('textarea', { name: `target-${b.index}`, id: `target-${b.index}`, lang: task.language, dir: ws.dir,
      rows: Math.max(3, Math.ceil(codePoints(b.source).length / 60)), readonly: !editable,
      'aria-label': t('translation.targetLabel', { n: b.index + 1, language: languageName(task.language) }),
      oninput: (e) => { typed.blocks[i] = e.target.value; keepDraft(state); } });
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
        state.conflicts.has(i) ? blockConflict(state, i, area) : null,
        b.approved ? badge('flag', 'approved', t('translation.blockApproved')) : null,
        figureWarnings(b),
        b.claims && b.claims.length ? h('p', { class: 'hint' }, t('translation.claimsInBlock', { n: b.claims.length })) : null));
  });

  /** Saves (then submits); resolves to false while blocks both sides changed wait for a choice. */
  async function save(submitAfter) {
    if (state.conflicts.size) return firstConflict();
    try {
      // The save names the revision this screen started from: the server merges what others saved since.
      const r = await api('PUT', `translations/${state.id}`, {
        body: { title: typed.title, blocks: typed.blocks, base: state.base.revision } });
      state.etag = r.etag;
      if (submitAfter) await api('POST', `translations/${state.id}/submit`, { etag: state.etag });
    } catch (err) {
      if (err.status !== 409 || err.problem.code !== 'mergeConflict') throw err;
      // Someone changed the same blocks first: show theirs against what this screen started from; a
      // block both changed waits for a choice, and the next save starts from their revision.
      const before = state.base;
      const mine = typed;
      await load();
      const theirs = state.base;
      const blocks = mergeAligned(before.blocks, mine.blocks, theirs.blocks);
      const title = mergeAligned([before.title], [mine.title], [theirs.title]);
      state.conflicts = new Map(blocks.conflicts.map((i) => [i, theirs.blocks[i]]));
      if (title.conflicts.length) state.conflicts.set('title', theirs.title);
      // Until the person chooses, their own text stays on screen where both changed.
      state.typed = { title: title.conflicts.length ? mine.title : title.merged[0],
        blocks: blocks.merged.map((b, i) => (state.conflicts.has(i) ? mine.blocks[i] : b)) };
      state.redraw();
      if (!state.conflicts.size) {
        announce(t('translation.merged'));
        return save(submitAfter);
      }
      announce(t('translation.conflict'));
      return firstConflict();
    }
    localStorage.removeItem(state.draftKey);
    state.typed = null;
    await load();
    return true;
  }

  /** Focuses the first block still waiting for a choice; false: nothing was saved. */
  function firstConflict() {
    const first = document.querySelector('.block-conflict');
    if (first) first.focus();
    return false;
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
  const comment = limit(h('input', { name: 'review-comment', id: 'review-comment', dir: 'auto' }), 'ReviewRequest.comment');
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
    state.offer || null,
    task.stale ? staleBanner(ws) : null,
    overrideNote(task),
    ws.reviewComment ? h('div', { class: 'notice', role: 'note' }, h('strong', {}, t('translation.reviewComment')), ' ',
      h('span', { dir: 'auto' }, ws.reviewComment)) : null,
    h('div', { class: 'pairs' },
      h('div', { class: 'pair header' },
        h('div', { class: 'source-side', lang: ws.sourceLanguage, dir: ws.sourceDir },
          h('h2', {}, t('translation.source')), h('p', { class: 'title-line' }, ws.sourceTitle)),
        h('div', { class: 'target-side' }, h('h2', {}, t('translation.target')), field(t('translation.titleField'), title),
          state.conflicts.has('title') ? blockConflict(state, 'title', title) : null)),
      rows),
    slot,
    h('div', { class: 'actions sticky-actions' },
      editable ? [saveBtn, submitBtn] : null,
      may.has('requestChanges') ? [
        !may.has('approve') ? ownTranslationNote(task) : [override ? override.field : null,
          h('button', { type: 'button', id: 'approve-translation', onclick: (e) => change(e.target,
            () => api('POST', `translations/${state.id}/approve`, { etag: state.etag,
              body: override && override.input.value.trim() ? { override: override.input.value } : undefined }),
            t('translations.approved', { language: languageName(task.language) })) }, t('translations.approve'))],
        field(t('translation.changesComment'), comment),
        h('button', { type: 'button', class: 'secondary', onclick: (e) => change(e.target,
          () => api('POST', `translations/${state.id}/changes`, { etag: state.etag, body: { comment: comment.value } }),
          t('translation.changesRequested')) }, t('translation.requestChanges'))] : null));
}

function staleBanner(ws) {
  const changed = ws.blocks.filter((b) => b.changed);
  return h('div', { class: 'stale-banner', role: 'alert' },
    h('p', {}, h('strong', {}, t('translation.staleTitle')), ' ', t('translation.staleBlocks', { n: changed.length })),
    h('ul', {}, changed.map((b) => h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => {
      const target = document.getElementById(`target-${b.index}`);
      document.getElementById(`pair-${b.index}`).scrollIntoView({ block: 'center' });
      target.focus();
    } }, t('translation.goToBlock', { n: b.index + 1 }))))));
}

/**
 * A block someone else saved differently while this one was typed: their text beside mine, and the
 * choice. Choosing clears the block; saving waits until every block is chosen.
 */
function blockConflict(state, key, control) {
  const done = (text) => () => {
    if (text !== null) {
      control.value = text;
      if (key === 'title') state.typed.title = text;
      else state.typed.blocks[key] = text;
    }
    state.conflicts.delete(key);
    keepDraft(state);
    box.remove();
    control.focus();
  };
  const box = h('div', { class: 'block-conflict', role: 'group', tabindex: '-1', 'aria-label': t('translation.theirText') },
    h('p', { class: 'meta' }, t('translation.theirText')),
    h('p', { class: 'theirs', lang: state.ws.task.language, dir: state.ws.dir }, state.conflicts.get(key)),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary use-theirs', onclick: done(state.conflicts.get(key)) }, t('editor.useTheirs')),
      h('button', { type: 'button', class: 'secondary keep-mine', onclick: done(null) }, t('editor.useMine'))));
  return box;
}

/** A draft left in this browser (a reload, a closed tab): offered beside the saved text, never applied unasked. */
function restoreOffer(state) {
  const raw = localStorage.getItem(state.draftKey);
  if (!raw || state.ws.task.translator !== currentUser().username) return;
  let draft;
  try {
    draft = JSON.parse(raw);
  } catch {
    localStorage.removeItem(state.draftKey);
    return;
  }
  const changed = draft.blocks.map((b, i) => i).filter((i) => draft.blocks[i] !== state.base.blocks[i]);
  if (!changed.length && draft.title === state.base.title) {
    localStorage.removeItem(state.draftKey);
    return;
  }
  state.offer = h('div', { class: 'notice draft-offer', role: 'region', 'aria-label': t('translation.draftFound') },
    h('p', {}, h('strong', {}, t('translation.draftFound')), ' ', t('translation.draftBlocks', { n: changed.length })),
    h('ul', {}, changed.map((i) => h('li', {}, h('span', { class: 'meta' }, t('translation.goToBlock', { n: i + 1 })), ' ',
      h('span', { dir: state.ws.dir, lang: state.ws.task.language }, draft.blocks[i])))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'restore-draft', onclick: () => {
        state.typed = { title: draft.title, blocks: state.base.blocks.map((b, i) => draft.blocks[i] ?? b) };
        state.offer = null;
        state.redraw();
        announce(t('editor.draftRestored'));
      } }, t('translation.restoreDraft')),
      h('button', { type: 'button', class: 'secondary', id: 'discard-draft', onclick: () => {
        localStorage.removeItem(state.draftKey);
        state.offer = null;
        state.redraw();
      } }, t('translation.discardDraft'))));
  state.redraw();
}

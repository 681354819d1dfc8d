// Create or import an article, or edit it as a new revision. A stale save never loses typed text.
import { h, field, option, replace } from '../dom.js';
import { t } from '../i18n.js';
import { api, get } from '../api.js';
import { act, announce } from '../ui.js';
import { blocks, joinBlocks, merge3, resolve } from '../merge.js';
import { guardLeaving } from '../leave.js';
import { conflictPanel } from './conflict.js';
import { limit } from '../limits.js';

const MARK = { HEADING: '# ', QUOTE: '> ', PARAGRAPH: '' };

/** The revision as Markdown, so headings and quotes survive an edit. */
export function asMarkdown(blocks) {
  return blocks.map((b) => (MARK[b.kind] || '') + b.text).join('\n\n');
}

export async function render(name, id) {
  return name === 'edit' ? edit(id) : create();
}

async function create() {
  const languages = await get('languages').catch(() => []);
  // Required and at most so long: the API schema's own limits (limits.js), shown while typing.
  const title = limit(h('input', { name: 'title', dir: 'auto' }), 'CreateArticleRequest.title');
  const language = h('select', { name: 'language' },
    languages.map(({ language: l }) => option(l.tag, `${l.nativeName} · ${l.englishName}`, l.tag === 'en')));
  const format = h('select', { name: 'format' }, option('markdown', 'Markdown'), option('text', t('editor.plainText')));
  const text = h('textarea', { name: 'text', rows: 16, required: true, dir: 'auto' });
  const file = h('input', { type: 'file', name: 'file', accept: '.md,.markdown,.txt,text/plain,text/markdown',
    onchange: async () => {
      const f = file.files[0];
      if (!f) return;
      text.value = await f.text();
      format.value = /\.txt$/i.test(f.name) ? 'text' : 'markdown';
      if (!title.value) title.value = f.name.replace(/\.[^.]+$/, '');
      announce(t('editor.fileLoaded', { name: f.name }));
    } });
  const slot = h('div', { class: 'slot' });
  const submit = h('button', { type: 'submit' }, t('editor.create'));
  language.addEventListener('change', () => { text.lang = language.value; });
  return h('div', { class: 'editor' },
    h('h1', {}, t('editor.newTitle')),
    h('form', { onsubmit: (e) => {
      e.preventDefault();
      act(submit, slot, async () => {
        const { data } = await api('POST', 'articles', { body: {
          title: title.value, language: language.value, text: text.value, format: format.value } });
        location.hash = `#/articles/${data.id}`;
      });
    } },
    field(t('editor.file'), file, t('editor.fileHint')),
    field(t('editor.title'), title, t('common.limit', { max: Number(title.dataset.max) })),
    h('div', { class: 'row' }, field(t('editor.language'), language), field(t('editor.format'), format)),
    field(t('editor.text'), text),
    slot,
    submit));
}

async function edit(id) {
  const { data: article, etag } = await api('GET', `articles/${id}`);
  // The revision this edit starts from: the base of any merge with what others save meanwhile.
  let base = { etag, revision: article.currentRevision, text: asMarkdown(article.revision.blocks) };
  const text = h('textarea', { name: 'text', rows: 20, lang: article.language, dir: article.direction || 'auto' });
  text.value = base.text;
  const note = limit(h('input', { name: 'note' }), 'ReviseRequest.note');
  const slot = h('div', { class: 'slot' });
  const conflict = h('div', { class: 'conflict-slot' });
  const submit = h('button', { type: 'submit' }, t('editor.save'));
  const key = `fd.draft.${id}`;
  const saved = sessionStorage.getItem(key);
  if (saved && saved !== text.value) {
    text.value = saved;
    announce(t('editor.draftRestored'));
  }
  text.addEventListener('input', () => sessionStorage.setItem(key, text.value));
  guardLeaving(() => text.value !== base.text);

  // The save names the revision it started from: the server merges what others saved since, in one
  // transaction, and answers 409 mergeConflict only for blocks both changed.
  async function save() {
    try {
      await api('POST', `articles/${id}/revisions`, {
        body: { text: text.value, format: 'markdown', note: note.value || null, base: base.revision } });
    } catch (err) {
      if (err.status !== 409 || err.problem.code !== 'mergeConflict') throw err;
      await merge();
      return;
    }
    sessionStorage.removeItem(key);
    guardLeaving(null);
    location.hash = `#/articles/${id}`;
  }

  /**
   * Someone changed the same blocks first: show their revision beside this text, block by block,
   * against the base; each overlapping block waits for the editor's choice, then saves on theirs.
   */
  async function merge() {
    const { data: latest, etag: latestTag } = await api('GET', `articles/${id}`);
    const theirs = asMarkdown(latest.revision.blocks);
    const result = merge3(blocks(base.text), blocks(text.value), blocks(theirs));
    const author = latest.revision.author;
    base = { etag: latestTag, revision: latest.currentRevision, text: theirs };
    if (!result.conflicts) {
      // The browser splits Markdown a little differently from the server; its merge stands here.
      text.value = joinBlocks(resolve(result.parts, []));
      announce(t('editor.merged', { user: author }));
      await save();
      return;
    }
    replace(conflict, conflictPanel(result, { author, revision: latest.currentRevision, lang: article.language,
      dir: article.direction || 'auto', apply: (merged) => {
        text.value = merged;
        sessionStorage.setItem(key, merged);
        replace(conflict);
        announce(t('editor.mergeApplied'));
        text.focus();
      } }));
    conflict.querySelector('h2').focus();
  }

  return h('div', { class: 'editor' },
    h('h1', {}, t('editor.editTitle', { title: article.title })),
    h('p', { class: 'lead' }, t('editor.editIntro', { revision: article.currentRevision })),
    conflict,
    h('form', { onsubmit: (e) => { e.preventDefault(); act(submit, slot, save); } },
      field(t('editor.text'), text, t('editor.markdownHint')),
      field(t('editor.note'), note),
      slot,
      h('div', { class: 'actions' }, submit, h('a', { class: 'button secondary', href: `#/articles/${id}` }, t('common.cancel')))));
}

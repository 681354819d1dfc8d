// Create or import an article, or edit it as a new revision. A stale save never loses typed text.
import { h, field, option, replace } from '../dom.js';
import { t } from '../i18n.js';
import { api, get } from '../api.js';
import { act, diffView, announce } from '../ui.js';

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
  const title = h('input', { name: 'title', required: true, dir: 'auto' });
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
    field(t('editor.title'), title),
    h('div', { class: 'row' }, field(t('editor.language'), language), field(t('editor.format'), format)),
    field(t('editor.text'), text),
    slot,
    submit));
}

async function edit(id) {
  const { data: article, etag } = await api('GET', `articles/${id}`);
  let base = { etag, revision: article.currentRevision };
  const text = h('textarea', { name: 'text', rows: 20, lang: article.language, dir: article.direction || 'auto' },
    asMarkdown(article.revision.blocks));
  text.value = asMarkdown(article.revision.blocks);
  const note = h('input', { name: 'note' });
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

  async function save() {
    try {
      await api('POST', `articles/${id}/revisions`, { etag: base.etag,
        body: { text: text.value, format: 'markdown', note: note.value || null } });
    } catch (err) {
      if (err.status !== 412) throw err;
      await showConflict();
      return;
    }
    sessionStorage.removeItem(key);
    location.hash = `#/articles/${id}`;
  }

  /** Someone saved first: show what they changed, keep this text, and let the user choose. */
  async function showConflict() {
    const { data: latest, etag: latestTag } = await api('GET', `articles/${id}`);
    const diff = latest.currentRevision !== base.revision
      ? await get(`articles/${id}/diff?from=${base.revision}&to=${latest.currentRevision}`) : null;
    const theirs = asMarkdown(latest.revision.blocks);
    replace(conflict, h('div', { class: 'conflict', role: 'alert' },
      h('h2', {}, t('editor.conflictTitle')),
      h('p', {}, t('editor.conflictText', { user: latest.revision.author, revision: latest.currentRevision })),
      diff ? diffView(diff.segments, { lang: article.language, dir: 'auto' }) : null,
      h('div', { class: 'actions' },
        h('button', { type: 'button', onclick: () => {
          // Keep my text, on top of their revision: I have seen what they changed.
          base = { etag: latestTag, revision: latest.currentRevision };
          replace(conflict);
          announce(t('editor.mergeReady'));
          text.focus();
        } }, t('editor.keepMine')),
        h('button', { type: 'button', class: 'secondary', onclick: () => {
          sessionStorage.setItem(`${key}.mine`, text.value);
          base = { etag: latestTag, revision: latest.currentRevision };
          text.value = theirs;
          replace(conflict, h('details', { open: true }, h('summary', {}, t('editor.yourText')),
            h('pre', { class: 'mine', dir: 'auto' }, sessionStorage.getItem(`${key}.mine`))));
          text.focus();
        } }, t('editor.takeTheirs')))));
    conflict.querySelector('h2').setAttribute('tabindex', '-1');
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

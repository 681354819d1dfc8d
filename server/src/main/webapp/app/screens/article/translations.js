// The article's translations: open each, approve a submitted one (editors who did not translate or
// submit it), download approved PDFs.
import { h } from '../../dom.js';
import { t, languageName } from '../../i18n.js';
import { api, download } from '../../api.js';
import { act, stateBadge, badge, section, ownTranslationNote } from '../../ui.js';

export function translationsSection(screen) {
  const { article, tasks } = screen.data;
  const slot = h('div', { class: 'slot' });
  const rows = tasks.map((task) => h('li', { class: 'task' },
    h('a', { href: `#/translations/${task.id}`, id: `open-translation-${task.language}` },
      t('translations.open', { language: languageName(task.language) })),
    ' ', stateBadge(`T_${task.state}`),
    task.stale ? [' ', badge('flag', 'stale', t('translations.stale'))] : null,
    task.translator ? h('span', { class: 'meta' }, ' · ', task.translator) : null,
    screen.editor && task.state === 'SUBMITTED' && !task.stale ? ownTranslationNote(task) || approveButton(screen, task, slot) : null,
    task.state === 'APPROVED' && !task.stale && article.approvedRevision ? pdfButton(article, task.language, slot) : null));
  return section(t('translations.title'),
    rows.length ? h('ul', { class: 'tasks' }, rows) : h('p', { class: 'empty' }, t('translations.none')),
    article.approvedRevision ? h('p', {}, pdfButton(article, article.language, slot)) : null,
    slot);
}

function approveButton(screen, task, slot) {
  const button = h('button', { type: 'button', id: `approve-${task.language}`, onclick: () => act(button, slot, async () => {
    await api('POST', `translations/${task.id}/approve`, { etag: `"${task.version}"` });
    await screen.refresh();
  }, { done: t('translations.approved', { language: languageName(task.language) }) }) }, t('translations.approve'));
  return button;
}

function pdfButton(article, lang, slot) {
  const button = h('button', { type: 'button', class: 'secondary', id: `pdf-${lang}`, onclick: () => act(button, slot, () =>
    download(`articles/${article.id}/pdf${lang === article.language ? '' : `?lang=${encodeURIComponent(lang)}`}`,
      `${article.slug}-${lang}.pdf`, 'application/pdf'), { done: (name) => t('article.downloaded', { name }) }) },
  t('article.pdf', { language: languageName(lang) }));
  return button;
}

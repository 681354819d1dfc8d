// Every published version of the article with its notes, and each language's PDF as readers got it.
import { h } from '../../dom.js';
import { t, dateTime, languageName } from '../../i18n.js';
import { download } from '../../api.js';
import { act, section } from '../../ui.js';

export function versionsSection(screen) {
  const { article, versions } = screen.data;
  if (!versions || !versions.length) return null;
  const slot = h('div', { class: 'slot' });
  const items = versions.slice().reverse().map((v) => h('li', { class: 'version', id: `version-${v.revision}` },
    h('p', {}, h('strong', {}, t(v.kind === 'CORRECTION' ? 'versions.corrected' : 'versions.approved',
      { revision: v.revision })), ' · ', dateTime(v.approvedAt), ' · ', v.approvedBy),
    v.note ? h('p', { class: 'correction-note', dir: 'auto', lang: article.language }, v.note) : null,
    v.pdfs.length ? h('p', {}, v.pdfs.map((p) => pdfButton(article, v.revision, p, slot))) : null));
  return section(t('versions.title'), h('ul', { class: 'versions' }, items), slot);
}

function pdfButton(article, revision, pdf, slot) {
  const button = h('button', { type: 'button', class: 'secondary', id: `pdf-${pdf.language}-r${revision}`,
    onclick: () => act(button, slot, () => download(`articles/${article.id}/pdf?lang=${encodeURIComponent(pdf.language)}`
      + `&revision=${revision}`, pdf.filename, 'application/pdf'), { done: (name) => t('article.downloaded', { name }) }) },
  t('article.pdf', { language: languageName(pdf.language) }));
  return button;
}

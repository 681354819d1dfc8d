// A claim whose checked quote changed after its verdict: what was checked (with the verdict given
// then) beside what the text says now, the words that changed, and for an assigned fact-checker who
// did not write the article, confirming the verdict for the new text. A new verdict is claims.js's
// resolve form; the reason that blocks a move is drawn here too.
import { h, field } from '../../dom.js';
import { t, dateTime } from '../../i18n.js';
import { api } from '../../api.js';
import { act, diffView } from '../../ui.js';
import { wordDiff } from '../../diff.js';
import { limit } from '../../limits.js';

export function recheckView(c, screen) {
  const { article } = screen.data;
  const was = c.checked || {};
  const now = c.selectors && c.selectors.quote ? c.selectors.quote.exact : '';
  const quote = (text) => h('blockquote', { class: 'recheck-quote', lang: article.language, dir: article.direction }, text);
  const id = `recheck-${c.id}`;
  return h('div', { class: 'recheck', role: 'group', 'aria-labelledby': id },
    h('p', { class: 'recheck-title', id }, t('recheck.title')),
    h('div', { class: 'recheck-sides' },
      h('div', { class: 'recheck-was' },
        h('p', { class: 'recheck-label' }, t('recheck.was', { revision: was.revision })),
        quote(was.quote),
        h('p', { class: 'meta' }, t('recheck.verdictThen', { verdict: was.verdict ? t(`verdict.${was.verdict}`) : '—',
          user: was.by || '', when: dateTime(was.at) })),
        was.rationale ? h('p', { class: 'rationale', dir: 'auto' }, was.rationale) : null),
      h('div', { class: 'recheck-now' },
        h('p', { class: 'recheck-label' }, t('recheck.now', { revision: article.currentRevision })),
        quote(now))),
    h('p', { class: 'recheck-label' }, t('recheck.changes')),
    diffView(wordDiff(was.quote, now), { lang: article.language, dir: article.direction }),
    screen.maySettle ? null : h('p', { class: 'hint' }, t('recheck.waiting')));
}

/** The verdict stands for the new text; the note (optional) goes into the audit trail. */
export function confirmForm(c, screen, slot) {
  const note = limit(h('input', { name: `recheck-note-${c.id}`, dir: 'auto' }), 'RecheckConfirmationRequest.note');
  const confirm = h('button', { type: 'submit', id: `confirm-recheck-${c.id}` }, t('recheck.confirm'));
  return h('form', { class: 'inline-form', onsubmit: (e) => {
    e.preventDefault();
    act(confirm, slot, async () => {
      await api('POST', `claims/${c.id}/recheck/confirmation`, { etag: `"${c.version}"`,
        body: note.value.trim() ? { note: note.value.trim() } : {} });
      await screen.refresh(`claim-${c.id}`);
    }, { done: t('recheck.confirmed') });
  } }, field(t('recheck.note'), note), confirm);
}

/** A move blocked by a claim to re-check (guard.claimNeedsRecheck): which claim, both texts, and a way to it. */
export function recheckReason(r, article) {
  const { claim, quote, checked } = r.details;
  const text = (s) => h('q', { lang: article.language, dir: 'auto' }, s);
  const go = h('button', { type: 'button', class: 'link', onclick: () => {
    const card = document.getElementById(`claim-${claim}`);
    if (!card) return;
    card.scrollIntoView({ block: 'center' });
    card.focus();
  } }, t('recheck.goTo', { claim }));
  return h('li', { class: 'recheck-reason' }, t('recheck.reason', { claim }), ' ', go,
    h('span', { class: 'recheck-texts' }, t('recheck.checkedAs'), ' ', text(checked)),
    h('span', { class: 'recheck-texts' }, t('recheck.nowReads'), ' ', text(quote)));
}

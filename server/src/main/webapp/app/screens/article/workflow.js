// The article's state and the moves open to this user; a blocked move lists its reasons.
import { h, field } from '../../dom.js';
import { t } from '../../i18n.js';
import { api } from '../../api.js';
import { act, stateBadge, section, confirming } from '../../ui.js';

/** Moves that undo work or take an article down ask once more before they are made. */
const DESTRUCTIVE = new Set(['withdraw', 'requestChanges', 'reopen', 'archive']);
import { recheckReason } from './recheck.js';
import { limit } from '../../limits.js';

export function workflowSection(screen) {
  const { article, etag } = screen.data;
  const slot = h('div', { class: 'slot', id: 'transition-problem' });
  const comment = limit(h('input', { name: 'transition-comment', id: 'transition-comment', dir: 'auto' }), 'TransitionRequest.comment');
  // A public note (a correction's text, a withdrawal's explanation) is asked for only where a move needs one.
  const needsNote = article.transitions.some((tr) => (tr.needs || []).includes('note'));
  const note = needsNote ? limit(h('textarea', { name: 'transition-note', id: 'transition-note', dir: 'auto', rows: 3,
    required: true }), 'TransitionRequest.note') : null;
  const buttons = article.transitions.map((tr) => {
    const button = h('button', { type: 'button', class: tr.ready ? 'primary' : 'secondary', 'data-to': tr.to },
      t(`action.${tr.action}`), ` ${t('common.arrow')} `, t(`state.${tr.to}`));
    // The problem shows below all the buttons, so focus goes to it; after the move, to the new state.
    const move = () => act(button, slot, async () => {
      await api('POST', `articles/${article.id}/transitions`, { etag,
        body: { to: tr.to, comment: comment.value || null, note: note && note.value ? note.value : null } });
      await screen.refresh('workflow-state');
    }, { done: t('article.moved', { state: t(`state.${tr.to}`) }), focusProblem: true });
    button.addEventListener('click', DESTRUCTIVE.has(tr.action)
      ? confirming(t('article.confirmMove', { action: t(`action.${tr.action}`) }), move) : move);
    const needs = (tr.needs || []).map((n) => t(`article.needs.${n}`));
    return h('li', { class: 'transition' }, button,
      needs.length ? h('p', { class: 'hint needs' }, t('article.needs', { what: needs.join(', ') })) : null,
      !tr.ready && tr.blockedBy && tr.blockedBy.length
        ? h('ul', { class: 'blocked', 'aria-label': t('article.blockedBecause') }, tr.blockedBy.map((r) => reason(r, article)))
        : null);
  });
  return section(t('article.workflow'),
    h('p', { id: 'workflow-state', tabindex: '-1' }, t('article.state'), ' ', stateBadge(article.state)),
    buttons.length ? [field(t('article.transitionComment'), comment),
      note ? field(t('article.publicNote'), note) : null, h('ul', { class: 'transitions' }, buttons)]
      : h('p', { class: 'empty' }, t('article.noMoves')),
    slot);
}

/**
 * A reason in the server's words (localized), except where the screen can say more: a claim to
 * re-check with both its texts, and four eyes said to the one who cannot approve their own work.
 */
function reason(r, article) {
  if (r.code === 'guard.claimNeedsRecheck' && r.details) return recheckReason(r, article);
  if (r.code === 'guard.notApprovedByAuthor') return h('li', { class: 'own-work' }, t('article.notApprovedByAuthor'));
  return h('li', {}, r.message);
}

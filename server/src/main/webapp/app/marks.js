// Claims marked in text: the article's text and the translation's source side.
import { h } from './dom.js';
import { t } from './i18n.js';
import { segments } from './positions.js';

export function claimClass(status, verdict) {
  return `claim claim-${String(status).toLowerCase()}${verdict ? ` verdict-${verdict.toLowerCase().replace(/_/g, '-')}` : ''}`;
}

/** The text with each span's claim in a mark ({ start, end, claim }, code points); its state is also said in words. */
export function marked(text, spans) {
  return segments(text, spans).map(({ text: run, span }) => (span ? claimMark(span.claim, run) : run));
}

function claimMark(claim, text) {
  const label = claim.verdict ? t(`verdict.${claim.verdict}`) : t(`claimStatus.${claim.status}`);
  return h('mark', { class: claimClass(claim.status, claim.verdict), 'data-claim': claim.id, title: label },
    text, h('span', { class: 'visually-hidden' }, ` (${label})`));
}

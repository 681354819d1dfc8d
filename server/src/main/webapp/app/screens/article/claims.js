// The claims: the fact-check summary, a card per claim with its citations and, while it is not settled,
// the forms to cite a source and give a verdict (or re-check it); suggestions, sources and the CSV
// export. Forms show only to whom the server lets use them; everyone sees every claim and its status.
import { h, field, option } from '../../dom.js';
import { t, number } from '../../i18n.js';
import { api, download, get } from '../../api.js';
import { act, badge, section } from '../../ui.js';
import { claimClass } from '../../marks.js';
import { citationItem } from './citations.js';
import { suggestionsPanel } from './suggestions.js';
import { sourcesPanel } from './sources.js';
import { recheckView, confirmForm } from './recheck.js';
import { matchList } from '../../similar.js';
import { limit } from '../../limits.js';

export function claimsSection(screen) {
  const { claims, summary, article } = screen.data;
  const list = claims.map((c) => claimCard(c, screen));
  const slot = h('div', { class: 'slot' });
  const csv = h('button', { type: 'button', class: 'link', onclick: () => act(csv, slot, () =>
    download(`articles/${article.id}/claims/export.csv`, `claims-${article.id}.csv`, 'text/csv')) }, t('claims.csv'));
  const unsettled = claims.some((c) => c.status !== 'RESOLVED');
  return section(t('claims.title'),
    summary ? summaryView(summary) : null,
    unsettled && !screen.maySettle ? h('p', { class: 'hint', id: 'who-settles' }, t('claims.whoSettles')) : null,
    list.length ? h('ol', { class: 'claims' }, list) : h('p', { class: 'empty' }, t('claims.none')),
    screen.maySettle ? suggestionsPanel(screen) : null,
    screen.mayCite ? sourcesPanel(screen) : null,
    h('p', {}, csv), slot);
}

function summaryView(s) {
  const by = s.byStatus || {};
  return h('div', { class: 'summary' },
    h('p', {}, t('claims.summary', { total: number(s.total), resolved: number(by.RESOLVED || 0),
      open: number((by.FLAGGED || 0) + (by.IN_PROGRESS || 0)) }),
    by.NEEDS_RECHECK ? [' ', t('claims.summaryRecheck', { n: number(by.NEEDS_RECHECK) })] : null),
    s.blocking && s.blocking.length ? h('ul', { class: 'blocked', 'aria-label': t('claims.blocking') },
      s.blocking.map((b) => h('li', {}, t('claims.blockingItem', { claim: b.claim, quote: b.quote }), ' — ',
        t(`blocking.${b.reason}`, { checked: b.checked || '' })))) : null);
}

/** What the claim's state allows (the server's possibleActions); whether this person may is screen.may*. */
const can = (c, action) => (c.possibleActions || []).includes(action);

function claimCard(c, screen) {
  const slot = h('div', { class: 'slot' });
  const quote = c.selectors && c.selectors.quote ? c.selectors.quote.exact : '';
  const unsettled = c.status !== 'RESOLVED';
  const recheck = c.status === 'NEEDS_RECHECK';
  const cites = (c.citations || []).map((ci) => citationItem(ci, c, screen.mayCite && unsettled, slot, screen));
  return h('li', { class: `claim-card ${claimClass(c.status, c.verdict)}`, id: `claim-${c.id}`, tabindex: '-1' },
    h('p', { class: 'claim-quote' }, h('q', { lang: screen.data.article.language, dir: 'auto' }, quote)),
    h('p', { class: 'claim-meta' }, badge('status', c.status, t(`claimStatus.${c.status}`)),
      c.verdict ? [' ', badge('verdict', c.verdict, t(`verdict.${c.verdict}`))] : null,
      c.anchor && c.anchor !== 'ANCHORED' ? [' ', badge('anchor', c.anchor, t(`anchor.${c.anchor}`))] : null,
      ' ', t('claims.flaggedBy', { user: c.flaggedBy })),
    c.reason ? h('p', { dir: 'auto' }, c.reason) : null,
    recheck ? recheckView(c, screen) : null,
    c.rationale && !recheck ? h('p', { class: 'rationale', dir: 'auto' }, c.rationale) : null,
    cites.length ? h('ul', { class: 'citations', 'aria-label': t('claims.citations') }, cites) : null,
    unsettled ? checkedBefore(c, slot) : null,
    unsettled && (screen.mayCite || screen.maySettle) ? h('div', { class: 'claim-forms' },
      screen.mayCite ? citeForm(c, screen, slot) : null,
      screen.maySettle && can(c, 'confirm') ? confirmForm(c, screen, slot) : null,
      screen.maySettle && can(c, 'resolve') ? resolveForm(c, screen, slot, recheck) : null) : null,
    slot);
}

/** On an open claim: earlier claims like it, with their verdicts, on request. */
function checkedBefore(c, slot) {
  const out = h('div', { class: 'similar', 'aria-live': 'polite' });
  const ask = h('button', { type: 'button', class: 'link', id: `similar-${c.id}` }, t('similar.ask'));
  ask.addEventListener('click', () => act(ask, slot, async () => {
    out.replaceChildren(matchList(await get(`claims/${c.id}/similar?size=3`)));
  }));
  return h('div', { class: 'similar-box' }, ask, out);
}

function citeForm(c, screen, slot) {
  const { sources, vocabulary } = screen.data;
  if (!sources.length) return h('p', { class: 'hint' }, t('claims.addSourceFirst'));
  const source = h('select', { name: `cite-source-${c.id}` }, sources.map((s) => option(s.id, s.title || s.url || `#${s.id}`)));
  const stance = h('select', { name: `cite-stance-${c.id}` }, vocabulary.stances.map((s) => option(s, t(`stance.${s}`))));
  const locator = limit(h('input', { name: `cite-locator-${c.id}`, dir: 'auto' }), 'CitationRequest.locator');
  const cite = h('button', { type: 'submit', class: 'secondary', id: `cite-${c.id}` }, t('claims.cite'));
  return h('form', { class: 'inline-form', onsubmit: (e) => {
    e.preventDefault();
    act(cite, slot, async () => {
      await api('POST', `claims/${c.id}/citations`, { body: { source: Number(source.value), stance: stance.value,
        locator: locator.value || null } });
      await screen.refresh(`cite-${c.id}`);
    }, { done: t('claims.cited') });
  } }, field(t('claims.source'), source), field(t('claims.stance'), stance), field(t('claims.locator'), locator), cite);
}

/** A verdict on the claim as it reads now; for a claim to re-check, a new verdict instead of confirming the old one. */
function resolveForm(c, screen, slot, recheck) {
  const verdict = h('select', { name: `verdict-${c.id}` },
    screen.data.vocabulary.verdicts.map((v) => option(v.name, t(`verdict.${v.name}`))));
  const rationale = limit(h('textarea', { name: `rationale-${c.id}`, rows: 2, dir: 'auto' }), 'ResolutionRequest.rationale');
  const resolve = h('button', { type: 'submit', class: recheck ? 'secondary' : null, id: `resolve-${c.id}` },
    recheck ? t('recheck.newVerdict') : t('claims.resolve'));
  return h('form', { class: 'inline-form', onsubmit: (e) => {
    e.preventDefault();
    act(resolve, slot, async () => {
      await api('POST', `claims/${c.id}/resolution`, { etag: `"${c.version}"`,
        body: { verdict: verdict.value, rationale: rationale.value } });
      await screen.refresh(`claim-${c.id}`);
    }, { done: t('claims.resolved') });
  } }, field(t('claims.verdict'), verdict), field(t('claims.rationale'), rationale), resolve);
}

// One citation of a claim; on an open claim its stance and locator can be corrected, or it can be removed.
import { h, field, option, replace } from '../../dom.js';
import { t } from '../../i18n.js';
import { api } from '../../api.js';
import { act, badge } from '../../ui.js';
import { sourceLink } from './sources.js';
import { limit } from '../../limits.js';

export function citationItem(ci, claim, editable, slot, screen) {
  const shown = () => [badge('stance', ci.stance, t(`stance.${ci.stance}`)), ' ',
    sourceLink(ci.source), ci.locator ? [' — ', h('span', { dir: 'auto' }, ci.locator)] : null];
  const li = h('li', { id: `citation-${ci.id}` }, shown());
  if (!editable) return li;
  const path = `claims/${claim.id}/citations/${ci.id}`;
  const etag = `"${claim.version}"`;
  const change = (button, request, done) => act(button, slot, async () => {
    await request();
    await screen.refresh(`claim-${claim.id}`);
  }, { done });
  const edit = h('button', { type: 'button', class: 'link', id: `edit-citation-${ci.id}` }, t('claims.editCitation'));
  edit.addEventListener('click', () => {
    const stance = h('select', { name: `citation-stance-${ci.id}` },
      screen.data.vocabulary.stances.map((s) => option(s, t(`stance.${s}`), ci.stance)));
    const locator = limit(h('input', { name: `citation-locator-${ci.id}`, dir: 'auto', value: ci.locator || '' }), 'CitationChangeRequest.locator');
    const save = h('button', { type: 'submit', class: 'secondary', id: `save-citation-${ci.id}` }, t('claims.saveCitation'));
    const remove = h('button', { type: 'button', class: 'secondary', id: `remove-citation-${ci.id}`,
      onclick: () => change(remove, () => api('DELETE', path, { etag }), t('claims.citationRemoved')) },
    t('claims.removeCitation'));
    const cancel = h('button', { type: 'button', class: 'link', onclick: () => {
      replace(li, shown(), ' ', edit);
      edit.focus();
    } }, t('common.cancel'));
    replace(li, h('form', { class: 'inline-form', onsubmit: (e) => {
      e.preventDefault();
      change(save, () => api('PUT', path, { etag, body: { stance: stance.value, locator: locator.value || null } }),
        t('claims.citationSaved'));
    } }, sourceLink(ci.source), field(t('claims.stance'), stance), field(t('claims.locator'), locator),
    save, remove, cancel));
    stance.focus();
  });
  li.append(' ', edit);
  return li;
}

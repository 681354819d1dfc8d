// Issue 19: say before any work is done when the PDF export has no font for a language's script.
import { h } from './dom.js';
import { t, languageName } from './i18n.js';
import { api } from './api.js';

/** A warning for a language whose script PDF export cannot set; null when it can, or the tag is not valid. */
export async function pdfScriptWarning(tag) {
  if (!tag || !tag.trim()) return null;
  try {
    const { data } = await api('GET', `languages/${encodeURIComponent(tag.trim())}/pdf`);
    return data.supported ? null : h('p', { class: 'notice pdf-warning', role: 'status' },
      t('pdf.scriptWarning', { language: languageName(data.tag), script: data.scriptName }));
  } catch {
    return null;
  }
}

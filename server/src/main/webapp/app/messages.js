// A small part of ICU MessageFormat: {name} and {n, plural, one {# claim} other {# claims}} (with =0
// style exact cases), chosen by Intl.PluralRules for the locale. Pure, so Node's test runner checks it.

const PLURAL = /\{(\w+),\s*plural,\s*((?:(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\}\s*)+)\}/g;
const CASE = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/**
 * The message with its plurals chosen and its {name} placeholders filled. `fill(value)` turns a
 * value into text (the interface wraps strings in directional isolates); `number(n)` formats a count
 * for the # inside a plural case.
 */
export function formatMessage(text, args, locale, fill = String, number = String) {
  if (!args) return text;
  const rules = new Intl.PluralRules(locale);
  const chosen = text.replace(PLURAL, (whole, name, body) => {
    const n = Number(args[name]);
    if (args[name] === undefined || Number.isNaN(n)) return whole;
    const cases = new Map([...body.matchAll(CASE)].map((m) => [m[1], m[2]]));
    const form = cases.get(`=${n}`) ?? cases.get(rules.select(n)) ?? cases.get('other') ?? '';
    return form.replace(/#/g, number(n));
  });
  return chosen.replace(/\{(\w+)\}/g, (m, k) => (args[k] === undefined ? m : fill(args[k])));
}

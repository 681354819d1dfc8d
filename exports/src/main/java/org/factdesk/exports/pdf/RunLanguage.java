package org.factdesk.exports.pdf;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The /Lang of a run in another script than its paragraph's language, such as an English name in a
 * Hebrew paragraph: the script is known, the language is not, so "und-Latn" and the like.
 */
final class RunLanguage {

  /** Likely script per language; ICU's likely-subtags look-up is slow enough to keep. */
  private static final Map<String, Integer> LANGUAGE_SCRIPTS = new ConcurrentHashMap<>();

  private RunLanguage() {}

  /** "und-" and the run's script, or null when the run is in its paragraph's script or none. */
  static String of(String text, String paragraphLang) {
    int script = UScript.COMMON;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int s = UScript.getScript(cp);
      if (s != UScript.COMMON && s != UScript.INHERITED && s != UScript.UNKNOWN) {
        script = s;
        break;
      }
      i += Character.charCount(cp);
    }
    if (script == UScript.COMMON) {
      return null;
    }
    int expected = LANGUAGE_SCRIPTS.computeIfAbsent(paragraphLang, l -> {
      String name = ULocale.addLikelySubtags(ULocale.forLanguageTag(l)).getScript();
      return name.isEmpty() ? UScript.LATIN : UScript.getCodeFromName(name);
    });
    return script == expected ? null : "und-" + UScript.getShortName(script);
  }
}

package org.factdesk.exports.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.factdesk.exports.pdf.ScriptNotSupportedException.MissingScript;

/**
 * Which scripts the PDF export can set, and the check that every character of a document has a
 * glyph before anything is set. Characters that never need a glyph (joiners, bidi controls,
 * variation selectors, line breaks) pass.
 */
public final class ScriptCoverage {

  /** A script the export sets: ISO 15924 code and English name. */
  public record SupportedScript(String code, String name) {}

  private ScriptCoverage() {}

  /** The scripts with a face on this server, by code (the CJK ones only with a CJK font). */
  public static List<SupportedScript> supported() {
    Map<String, SupportedScript> byCode = new TreeMap<>();
    Face.SCRIPTS.forEach((script, face) -> {
      if (face.available()) {
        byCode.put(UScript.getShortName(script), new SupportedScript(UScript.getShortName(script), name(script)));
      }
    });
    return List.copyOf(byCode.values());
  }

  /**
   * Whether text in this ISO 15924 script ("Thai", "Olck") can be set. Writing systems that mix
   * scripts count by the scripts running text needs: Korean (Kore) by Hangul, Japanese (Jpan) by
   * Han and kana, Chinese (Hans, Hant) by Han.
   */
  public static boolean supports(String scriptCode) {
    List<String> needed = switch (scriptCode) {
      case "Kore" -> List.of("Hang");
      case "Jpan" -> List.of("Hani", "Hira", "Kana");
      case "Hans", "Hant" -> List.of("Hani");
      default -> List.of(scriptCode);
    };
    for (String code : needed) {
      int script = UScript.getCodeFromName(code);
      Face face = Face.SCRIPTS.get(script);
      if (script == UScript.INVALID_CODE || face == null || !face.available()) {
        return false;
      }
    }
    return true;
  }

  /** The English name of an ISO 15924 script code ("Olck": "Ol Chiki"); the code if unknown. */
  public static String scriptName(String scriptCode) {
    int script = UScript.getCodeFromName(scriptCode);
    return script == UScript.INVALID_CODE ? scriptCode : name(script);
  }

  /** Throws {@link ScriptNotSupportedException} naming every script some character lacks a face for. */
  static void require(Iterable<String> texts) {
    List<MissingScript> missing = missing(texts);
    if (!missing.isEmpty()) {
      throw new ScriptNotSupportedException(missing);
    }
  }

  static List<MissingScript> missing(Iterable<String> texts) {
    Map<Integer, Set<Integer>> byScript = new LinkedHashMap<>();
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (!needsGlyph(cp) || Face.pick(cp, null, false) != null) {
          continue;
        }
        byScript.computeIfAbsent(UScript.getScript(cp), s -> new LinkedHashSet<>()).add(cp);
      }
    }
    List<MissingScript> missing = new ArrayList<>();
    byScript.forEach((script, cps) -> {
      StringBuilder chars = new StringBuilder();
      cps.forEach(chars::appendCodePoint);
      missing.add(new MissingScript(UScript.getShortName(script), name(script), chars.toString()));
    });
    return missing;
  }

  /** Joiners, direction marks and isolates, variation selectors and controls are never drawn. */
  static boolean needsGlyph(int cp) {
    return !UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
        && Character.getType(cp) != Character.CONTROL;
  }

  private static String name(int script) {
    return UScript.getName(script).replace('_', ' ');
  }
}

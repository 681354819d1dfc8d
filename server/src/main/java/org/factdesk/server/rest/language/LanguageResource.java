package org.factdesk.server.rest.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.exports.pdf.ScriptCoverage;
import org.factdesk.i18n.LanguageInfo;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.server.problem.Localizer;
import java.util.List;

@Path("languages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Languages", description = "BCP 47 language tags")
public class LanguageResource {
  /** Languages the newsroom commonly works in; any other valid tag still works through /languages/{tag}. */
  static final List<String> KNOWN = List.of("en", "en-GB", "az-Latn", "ru", "he", "ar", "ka", "hy", "fa", "tr", "uk",
      "hi", "zh-Hans", "fr", "de", "es", "el", "ur", "ja", "ko", "th", "lo", "km", "my", "si", "ta", "bn", "pa", "gu",
      "am");

  /**
   * A language with whether the server's own messages exist in it, and whether PDF export can set
   * its script ({@code pdf}; issue 19).
   */
  public record LanguageListItem(LanguageInfo language, boolean serverMessages, boolean pdf) {}

  /** Whether PDF export has a font for the script of a language (its explicit or likely script). */
  public record PdfScriptView(String tag, String script, String scriptName, boolean supported) {}

  @GET
  @Operation(summary = "Known languages", description = "Names (English and native), script, direction and plural"
      + " categories from ICU, and whether server messages are localised in the language.")
  public List<LanguageListItem> list() {
    return KNOWN.stream().map(tag -> LanguageInfo.of(LanguageTag.parse(tag)))
        .map(info -> new LanguageListItem(info, Localizer.SUPPORTED.stream()
            .anyMatch(l -> l.getLanguage().equals(LanguageTag.parse(info.tag()).language())),
            ScriptCoverage.supports(info.script())))
        .toList();
  }

  @GET
  @Path("{tag}/pdf")
  @Operation(summary = "Whether approved text in this language can be exported as PDF",
      description = "The language's script (explicit or ICU's likely one) and whether the PDF export has a font for"
          + " it; a translation into a language answering false can be made and approved, but its PDF is refused"
          + " with 422 scriptNotSupported.")
  public PdfScriptView pdf(@PathParam("tag") String tag) {
    LanguageTag language = LanguageTag.parse(tag);
    String script = language.script();
    return new PdfScriptView(language.value(), script, ScriptCoverage.scriptName(script),
        ScriptCoverage.supports(script));
  }

  @GET
  @Path("{tag}")
  @Operation(summary = "Canonical form, names, script, direction and plural categories of a language tag")
  public LanguageInfo describe(@PathParam("tag") String tag) {
    return LanguageInfo.of(LanguageTag.parse(tag));
  }
}

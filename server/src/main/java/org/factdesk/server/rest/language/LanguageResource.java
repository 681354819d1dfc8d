package org.factdesk.server.rest.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
      "hi", "zh-Hans", "fr", "de", "es");

  /** A language with whether the server's own messages exist in it. */
  public record LanguageListItem(LanguageInfo language, boolean serverMessages) {}

  @GET
  @Operation(summary = "Known languages", description = "Names (English and native), script, direction and plural"
      + " categories from ICU, and whether server messages are localised in the language.")
  public List<LanguageListItem> list() {
    return KNOWN.stream().map(tag -> LanguageInfo.of(LanguageTag.parse(tag)))
        .map(info -> new LanguageListItem(info, Localizer.SUPPORTED.stream()
            .anyMatch(l -> l.getLanguage().equals(LanguageTag.parse(info.tag()).language()))))
        .toList();
  }

  @GET
  @Path("{tag}")
  @Operation(summary = "Canonical form, names, script, direction and plural categories of a language tag")
  public LanguageInfo describe(@PathParam("tag") String tag) {
    return LanguageInfo.of(LanguageTag.parse(tag));
  }
}

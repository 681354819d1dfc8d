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

@Path("languages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Languages", description = "BCP 47 language tags")
public class LanguageResource {
  @GET
  @Path("{tag}")
  @Operation(summary = "Canonical form, names, script, direction and plural categories of a language tag")
  public LanguageInfo describe(@PathParam("tag") String tag) {
    return LanguageInfo.of(LanguageTag.parse(tag));
  }
}

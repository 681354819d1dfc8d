package org.factdesk.server.rest.translation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.rest.translation.TranslationViews.MatrixRow;
import org.factdesk.server.rest.translation.TranslationViews.MatrixView;
import org.factdesk.server.rest.translation.TranslationViews.TaskSummary;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleQueries;
import org.factdesk.workflow.translation.TranslationQueries;
import org.factdesk.workflow.user.Actor;

@Path("articles/{id}/translations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translations", description = "Per-language versions of an article that stay in step with the source")
@APIResponse(responseCode = "404", description = "No such article (or not visible to you)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ArticleTranslationsResource {
  @Inject TranslationQueries translations;
  @Inject ArticleQueries articles;
  @Inject TranslationAssembler assembler;
  @Inject CurrentActor me;

  @GET
  @Operation(summary = "The article's translation tasks", description = "One per target language, opened by a"
      + " translator's assignment: state, stale, basedOnRevision, translator, due, changedBlocks.")
  public List<TaskSummary> list(@PathParam("id") long id) {
    Actor actor = me.get();
    Article article = articles.find(actor, id);
    return translations.forArticle(actor, id).stream().map(t -> assembler.summary(t, article.currentRevision()))
        .toList();
  }

  @GET
  @Path("matrix")
  @Operation(summary = "Each language's status at a glance", description = "Language × state × based-on revision;"
      + " ready means approved and current.")
  public MatrixView matrix(@PathParam("id") long id) {
    Actor actor = me.get();
    Article article = articles.find(actor, id);
    List<MatrixRow> rows = translations.forArticle(actor, id).stream()
        .map(t -> new MatrixRow(t.language(), t.state().name(), t.stale(), t.basedOnRevision(), t.readiness() == null))
        .toList();
    return new MatrixView(id, article.language(), article.currentRevision(), rows);
  }
}

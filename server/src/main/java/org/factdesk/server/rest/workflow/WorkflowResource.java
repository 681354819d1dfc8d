package org.factdesk.server.rest.workflow;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.workflow.editorial.EditorialWorkflow;
import org.factdesk.workflow.editorial.TransitionGuard;

@Path("workflow")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow", description = "The editorial state machine")
public class WorkflowResource {
  public record TransitionRow(String from, String to, String action, List<String> who, List<String> guards,
      List<String> needs) {}

  @GET
  @Operation(summary = "Every legal move: from, to, who may make it, and its guards")
  public List<TransitionRow> table() {
    return EditorialWorkflow.table().stream()
        .map(t -> new TransitionRow(t.from().name(), t.to().name(), t.action(),
            t.who().stream().map(Enum::name).sorted().toList(),
            t.guards().stream().map(TransitionGuard::name).toList(),
            t.needs().stream().map(n -> n.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList()))
        .toList();
  }
}

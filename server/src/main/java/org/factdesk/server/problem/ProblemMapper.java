package org.factdesk.server.problem;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.i18n.InvalidLanguageTagException;
import org.factdesk.i18n.InvalidTextException;
import org.factdesk.server.problem.Localizer.Texts;
import org.factdesk.server.problem.Problem.FieldProblem;
import org.factdesk.server.problem.Problem.Reason;
import org.factdesk.workflow.common.ConflictException;
import org.factdesk.workflow.common.DomainException;
import org.factdesk.workflow.common.ForbiddenException;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.StaleVersionException;
import org.factdesk.workflow.common.UnprocessableException;
import org.factdesk.workflow.common.ValidationException.FieldError;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.editorial.GuardViolation;
import org.factdesk.workflow.editorial.IllegalTransitionException;
import org.factdesk.workflow.editorial.TransitionBlockedException;
import org.factdesk.workflow.article.Block;
import org.factdesk.workflow.article.MergeConflictException;
import org.factdesk.workflow.translation.FigureWarning;
import org.factdesk.workflow.translation.FiguresMismatchException;
import org.factdesk.workflow.translation.XliffRejectedException;
import org.factdesk.workflow.user.LoginThrottledException;
import org.factdesk.workflow.user.SecurityEvent;
import org.factdesk.workflow.user.SecurityLog;

/** Turns every failure into a problem+json response; the single place where errors meet HTTP. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Inject Localizer localizer;
  @Inject SecurityLog securityLog;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable thrown) {
    Texts messages = localizer.messages(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    Throwable t = significant(thrown);
    Problem problem;
    if (t instanceof ProblemException p) {
      problem = build(messages, p.status(), p.code(), p.args(), p.getMessage(), null,
          p.errors().isEmpty() ? null : fields(messages, p.errors()), null);
    } else if (t instanceof DomainException d) {
      problem = domain(messages, d);
    } else if (t instanceof InvalidLanguageTagException e) {
      problem = simple(messages, 400, "invalidLanguageTag", Map.of("input", String.valueOf(e.input())), e.getMessage());
    } else if (t instanceof InvalidTextException e) {
      problem = invalidText(messages, e);
    } else if (t instanceof LoginThrottledException e) {
      long seconds = Math.max(1, e.retryAfter().toSeconds());
      problem = simple(messages, 429, "tooManyLogins", Map.of("seconds", seconds),
          "Too many failed logins for this account; try again in " + seconds + " s");
    } else if (t instanceof OptimisticLockException) {
      problem = simple(messages, 412, "concurrentChange", Map.of(),
          "Someone else changed this at the same moment; reload and try again");
    } else if (t instanceof JsonbException e) {
      problem = simple(messages, 400, "badJson", Map.of("reason", String.valueOf(e.getMessage())),
          "The request body is not valid JSON for this operation");
    } else if (t instanceof WebApplicationException w) {
      problem = http(messages, w.getResponse().getStatus());
    } else if (DatabaseUnavailable.explains(thrown)) {
      problem = simple(messages, 503, "databaseUnavailable", Map.of(),
          "The database is not reachable right now; try again shortly");
    } else if (t instanceof PersistenceException || t instanceof SQLException) {
      problem = database(messages, t);
    } else {
      problem = unexpected(messages, thrown);
    }
    if (problem.status() == 403) {
      recordRefusal(problem);
    }
    Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    if (problem.status() == 401) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"factdesk\", charset=\"UTF-8\"");
    }
    if (problem.status() == 503) {
      response.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
    }
    if (t instanceof LoginThrottledException e) {
      response.header(HttpHeaders.RETRY_AFTER, Math.max(1, e.retryAfter().toSeconds()));
    }
    if (t instanceof WebApplicationException w && w.getResponse().getStatus() == 405) {
      response.header("Allow", w.getResponse().getHeaderString("Allow"));
    }
    return response.header("Content-Language", messages.locale().toLanguageTag()).build();
  }

  /** A refused request joins the security log (in its own transaction: this one rolls back). */
  private void recordRefusal(Problem problem) {
    try {
      String who = security == null || security.getUserPrincipal() == null ? null
          : security.getUserPrincipal().getName();
      String detail = (request == null ? "" : request.getMethod() + " ") + problem.instance() + ": " + problem.code()
          + (problem.detail() == null ? "" : " (" + problem.detail() + ")");
      securityLog.refused(SecurityEvent.Kind.ACCESS_REFUSED, who, who, request == null ? null : request.getRemoteAddr(),
          detail);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record a refused request", e);
    }
  }

  /** Looks through wrappers (transactions, CDI, EclipseLink) for the failure that explains itself. */
  private static Throwable significant(Throwable thrown) {
    Throwable t = thrown;
    for (int depth = 0; t != null && depth < 12; depth++, t = t.getCause()) {
      if (t instanceof ProblemException
          || t instanceof DomainException
          || t instanceof InvalidLanguageTagException
          || t instanceof InvalidTextException
          || t instanceof LoginThrottledException
          || t instanceof OptimisticLockException
          || t instanceof JsonbException
          || t instanceof WebApplicationException) {
        return t;
      }
      if (t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
        return new OptimisticLockException(t);
      }
    }
    for (t = thrown; t != null; t = t.getCause()) {
      if (t instanceof PersistenceException || t instanceof SQLException) {
        return t;
      }
    }
    return thrown;
  }

  private Problem domain(Texts m, DomainException d) {
    int status;
    if (d instanceof NotFoundException) {
      status = 404;
    } else if (d instanceof ForbiddenException) {
      status = 403;
    } else if (d instanceof StaleVersionException) {
      status = 412;
    } else if (d instanceof ValidationException) {
      status = 400;
    } else if (d instanceof UnprocessableException) {
      status = 422;
    } else if (d instanceof ConflictException) {
      status = 409;
    } else {
      status = 400;
    }
    List<Reason> reasons = null;
    if (d instanceof TransitionBlockedException b) {
      reasons = new ArrayList<>();
      for (GuardViolation v : b.violations()) {
        reasons.add(new Reason(v.guard(), v.code(), Localizer.text(m, v.code(), v.args(), v.message()), v.args()));
      }
    } else if (d instanceof FiguresMismatchException f) {
      reasons = new ArrayList<>();
      for (FigureWarning w : f.mismatches()) {
        String code = "figure" + (w.outcome().equals("MISSING") ? "Missing" : "Mismatch");
        Map<String, Object> details = Map.of("block", w.block(), "claim", w.claim(), "expected", w.expected(),
            "found", String.join(", ", w.found()), "outcome", w.outcome());
        reasons.add(new Reason("FiguresCarried", code, Localizer.text(m, "translation." + code, details,
            "block " + w.block() + ": " + w.expected() + " -> " + String.join(", ", w.found())), details));
      }
    } else if (d instanceof ScriptNotSupported u) {
      reasons = u.scripts().stream().map(s -> {
        Map<String, Object> details = Map.of("script", s.code(), "name", s.name(), "characters", s.characters());
        return new Reason("ScriptCoverage", "scriptNotSupported", Localizer.text(m, "export.scriptNotSupported", details,
            "No font for the " + s.name() + " script (" + s.code() + "): " + s.characters()), details);
      }).toList();
    } else if (d instanceof MergeConflictException c) {
      reasons = c.conflicts().stream().map(x -> {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("at", x.at());
        details.put("block", x.at() + 1);
        details.put("current", c.current());
        details.put("base", blockViews(x.base()));
        details.put("theirs", blockViews(x.theirs()));
        details.put("mine", blockViews(x.mine()));
        return new Reason("BlockMerge", "blockConflict", Localizer.text(m, "merge.blockConflict", details,
            "block " + (x.at() + 1) + " changed on both sides"), details);
      }).toList();
    } else if (d instanceof IllegalTransitionException i) {
      reasons = List.of(new Reason("EditorialWorkflow", "illegalTransition",
          Localizer.text(m, "problem.illegalTransition.detail", d.args(), d.getMessage()),
          Map.of("possible", i.possible().stream().map(Enum::name).toList())));
    }
    List<FieldProblem> errors = null;
    if (d instanceof ValidationException v) {
      errors = fields(m, v.errors());
    } else if (d instanceof XliffRejectedException x) {
      // An XLIFF import lists every problem of the file, like rejected fields.
      errors = x.problems().stream()
          .map(p -> new FieldProblem(p.location(), p.code(),
              Localizer.text(m, "field." + p.code(), Map.of("location", p.location()), p.message())))
          .toList();
    }
    return build(m, status, d.code(), d.args(), d.getMessage(), reasons, errors, null);
  }

  private static List<Map<String, String>> blockViews(List<Block> blocks) {
    return blocks.stream().map(b -> Map.of("kind", b.kind().name(), "text", b.text())).toList();
  }

  /** Bad bytes (offset in the body), or a refused character in a named field (its code point position). */
  private Problem invalidText(Texts m, InvalidTextException e) {
    if (e.field() == null) {
      return simple(m, 400, "invalidText", Map.of("offset", e.offset()), e.getMessage());
    }
    Map<String, Object> args = Map.of("character", e.character(), "position", e.position());
    FieldProblem field = new FieldProblem(e.field(), "invalidText", Localizer.text(m, "field.invalidText", args,
        "The character " + e.character() + " at position " + e.position() + " is not allowed here"), e.position());
    return build(m, 400, "invalidText", Map.of("offset", e.position()), e.getMessage(), null, List.of(field), null);
  }

  private static List<FieldProblem> fields(Texts m, List<FieldError> errors) {
    return errors.stream()
        .map(e -> new FieldProblem(e.field(), e.code(), Localizer.text(m, "field." + e.code(), e.args(), e.message())))
        .toList();
  }

  private Problem http(Texts m, int status) {
    String code = httpCode(status);
    Response.Status known = Response.Status.fromStatusCode(status);
    return simple(m, status, code, Map.of("status", status),
        known == null ? "HTTP " + status : known.getReasonPhrase());
  }

  /** The problem code of a bare HTTP status, for errors that carry nothing more. */
  static String httpCode(int status) {
    return switch (status) {
      case 400 -> "badRequest";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "noSuchResource";
      case 405 -> "methodNotAllowed";
      case 406 -> "notAcceptable";
      case 413 -> "payloadTooLarge";
      case 415 -> "unsupportedMediaType";
      default -> "http" + status;
    };
  }

  private Problem database(Texts m, Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return simple(m, 409, "duplicate", Map.of(), "This would duplicate something that already exists");
      }
    }
    return unexpected(m, t);
  }

  private Problem unexpected(Texts m, Throwable t) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident + " at " + (uri == null ? "?" : uri.getRequestUri().getPath()), t);
    return build(m, 500, "internal", Map.of("incident", incident),
        "Something went wrong on our side; quote incident " + incident + " when reporting it", null, null, incident);
  }

  private Problem simple(Texts m, int status, String code, Map<String, ?> args, String english) {
    return build(m, status, code, args, english, null, null, null);
  }

  private Problem build(Texts m, int status, String code, Map<String, ?> args, String englishDetail,
      List<Reason> reasons, List<FieldProblem> errors, String incident) {
    Map<String, Object> safeArgs = new LinkedHashMap<>(args);
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = Localizer.text(m, "problem." + code + ".title", safeArgs,
        known == null ? "Error" : known.getReasonPhrase());
    String detail = Localizer.text(m, "problem." + code + ".detail", safeArgs, englishDetail);
    return new Problem(Problem.TYPE_BASE + code, title, status, detail, uri == null ? null : uri.getRequestUri().getPath(), code,
        reasons, errors, incident);
  }
}

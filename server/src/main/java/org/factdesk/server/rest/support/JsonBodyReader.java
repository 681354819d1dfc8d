package org.factdesk.server.rest.support;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import org.factdesk.i18n.TextInput;
import org.factdesk.server.problem.ProblemException;

/**
 * Reads JSON request bodies into request records with the checks a newsroom API owes its callers:
 * a size limit (413), strict UTF-8 (400 with the byte offset), bounded nesting, and a clear 400
 * for malformed JSON or wrong types — never a 500.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Object> {
  static final int MAX_DEPTH = 32;
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.getName().startsWith("org.factdesk.");
  }

  @Override
  public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, String> headers, InputStream in) throws IOException {
    String json = TextInput.decodeUtf8(BodyLimits.read(in, BodyLimits.maxBytes()));
    if (json.isBlank()) {
      throw ProblemException.badRequest("emptyBody", Map.of(), "The request needs a JSON body");
    }
    checkDepth(json);
    try {
      Object value = JSONB.fromJson(json, genericType);
      if (value == null) {
        throw ProblemException.badRequest("badJson", Map.of("reason", "null"), "The request body must be a JSON object");
      }
      return value;
    } catch (JsonbException | IllegalArgumentException | ClassCastException | ArithmeticException e) {
      throw ProblemException.badRequest("badJson", Map.of("reason", reason(e)),
          "The request body is not valid JSON for this operation: " + reason(e));
    }
  }

  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return TextInput.truncate(message.replaceAll("\\s+", " "), 300, "…");
  }

  /** Rejects deep nesting before the parser recurses into it. */
  private static void checkDepth(String json) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        if (++depth > MAX_DEPTH) {
          throw ProblemException.badRequest("tooDeep", Map.of("max", MAX_DEPTH),
              "The JSON is nested deeper than " + MAX_DEPTH + " levels");
        }
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
  }
}

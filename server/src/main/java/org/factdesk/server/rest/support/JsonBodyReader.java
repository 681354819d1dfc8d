package org.factdesk.server.rest.support;

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
 * Reads every JSON request body into its request record with the checks a newsroom API owes its
 * callers: a size limit (413), strict UTF-8 (400 with the byte offset), then {@link StrictJson}: one
 * JSON object and nothing after it, no duplicate keys, bounded nesting, and every field of its
 * declared type without coercion (400 {@code badJson} naming the fields) — never a 500.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Object> {
  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord() && type.getName().startsWith("org.factdesk.");
  }

  @Override
  public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, String> headers, InputStream in) throws IOException {
    String json = TextInput.decodeUtf8(BodyLimits.read(in, BodyLimits.maxBytes()));
    if (json.isBlank()) {
      throw ProblemException.badRequest("emptyBody", Map.of(), "The request needs a JSON body");
    }
    return StrictJson.read(json, type);
  }
}

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

/** Plain text and Markdown bodies (imports): size-limited, strict UTF-8 whatever charset is claimed. */
@Provider
@Consumes({MediaType.TEXT_PLAIN, "text/markdown"})
public class TextBodyReader implements MessageBodyReader<String> {
  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == String.class;
  }

  @Override
  public String readFrom(Class<String> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, String> headers, InputStream in) throws IOException {
    String charset = mediaType.getParameters().get("charset");
    if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
      throw new ProblemException(415, "unsupportedCharset", Map.of("charset", charset),
          "Only UTF-8 text is accepted, not " + charset);
    }
    return TextInput.decodeUtf8(BodyLimits.read(in, BodyLimits.maxBytes()));
  }
}

package org.factdesk.server.rest.support;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import org.factdesk.i18n.TextInput;

/**
 * A JSON body a call may also be made without (an empty POST keeps working): null when empty,
 * otherwise read with every check of {@link JsonBodyReader}.
 */
public final class OptionalJsonBody {
  private OptionalJsonBody() {}

  @SuppressWarnings("unchecked")
  public static <T> T read(InputStream in, Class<T> type) {
    try {
      byte[] bytes = BodyLimits.read(in, BodyLimits.maxBytes());
      if (TextInput.decodeUtf8(bytes).isBlank()) {
        return null;
      }
      return type.cast(new JsonBodyReader().readFrom((Class<Object>) type, type, new Annotation[0],
          MediaType.APPLICATION_JSON_TYPE, null, new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

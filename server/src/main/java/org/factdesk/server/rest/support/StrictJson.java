package org.factdesk.server.rest.support;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.i18n.TextInput;
import org.factdesk.server.problem.ProblemException;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.common.ValidationException.FieldError;

/**
 * The one way a JSON request body becomes a request record (decision 0018). Parsed with jakarta.json
 * (Parsson) as a stream, so that trailing data, duplicate keys and deep nesting are refused before
 * anything is bound; then bound to the record's components by their declared types, with no
 * coercion: a string field takes a JSON string, an integer field a JSON number written as a whole
 * number within the field's range, a boolean {@code true} or {@code false}, a list an array (without
 * nulls), a nested record an object. Every problem names its field ({@code blocks[2].text}); the
 * caller hears of all of them at once, as a 400 {@code badJson}. Keys the record does not have are
 * ignored: a record only has the fields a caller may set.
 */
public final class StrictJson {
  static final int MAX_DEPTH = 32;

  /** Longer digit strings are out of range for a long before they are parsed (no big-number cost). */
  private static final int MAX_INTEGER_CHARS = 20;

  /** The component types a request record may have; anything else is a programming error. */
  private static final Set<Class<?>> SCALARS = Set.of(String.class, Long.class, long.class, Integer.class, int.class,
      Boolean.class, boolean.class);

  private StrictJson() {}

  /** Reads one JSON object into {@code type}. */
  public static <T> T read(String json, Class<T> type) {
    Object tree = parse(json);
    if (!(tree instanceof Map)) {
      throw ProblemException.badRequest("badJson", Map.of("reason", "not an object"), "The request body must be a JSON object");
    }
    List<FieldError> errors = new ArrayList<>();
    Object value = bind(tree, type, "", errors);
    if (!errors.isEmpty()) {
      throw new ProblemException(400, "badJson", Map.of("reason", ValidationException.describe(errors)),
          "The request body does not fit this operation: " + ValidationException.describe(errors), errors);
    }
    return type.cast(value);
  }

  /** Whether every component of {@code type}, all the way down, is something {@link #read} can bind. */
  public static boolean supports(Type type) {
    Class<?> raw = raw(type);
    if (SCALARS.contains(raw)) {
      return true;
    }
    if (raw == List.class) {
      return type instanceof ParameterizedType p && supports(p.getActualTypeArguments()[0]);
    }
    if (raw.isRecord()) {
      for (RecordComponent c : raw.getRecordComponents()) {
        if (!supports(c.getGenericType())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  // ---- parsing: the whole text, one value, no duplicate keys, bounded depth ----

  static Object parse(String json) {
    try (JsonParser parser = Json.createParser(new StringReader(json))) {
      if (!parser.hasNext()) {
        throw ProblemException.badRequest("emptyBody", Map.of(), "The request needs a JSON body");
      }
      JsonParser.Event first = parser.next();
      Object value = value(parser, first, "", 0);
      if (parser.hasNext()) {
        // Parsson reports most trailing text itself, as a parsing exception; this catches the rest.
        throw trailing();
      }
      return value;
    } catch (JsonParsingException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      if (message.startsWith("Expected EOF token")) {
        throw trailing();
      }
      throw ProblemException.badRequest("badJson", Map.of("reason", reason(message)),
          "The request body is not valid JSON: " + reason(message));
    } catch (java.util.NoSuchElementException | IllegalStateException | jakarta.json.JsonException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw ProblemException.badRequest("badJson", Map.of("reason", reason(message)),
          "The request body is not valid JSON: " + reason(message));
    }
  }

  private static ProblemException trailing() {
    return ProblemException.badRequest("badJson", Map.of("reason", "data after the JSON value"),
        "The request body has data after its JSON value");
  }

  /** The parsed value: a Map (keys in order), a List, a String, a {@link NumberText}, a Boolean, or {@link #NULL}. */
  private static Object value(JsonParser parser, JsonParser.Event event, String path, int depth) {
    switch (event) {
      case START_OBJECT -> {
        deeper(depth);
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_OBJECT; e = parser.next()) {
          String key = parser.getString();
          String at = path.isEmpty() ? key : path + "." + key;
          if (object.containsKey(key)) {
            FieldError duplicate = new FieldError(at, "duplicateKey", Map.of(), "appears more than once");
            throw new ProblemException(400, "badJson", Map.of("reason", at + " appears more than once"),
                "The request body names " + at + " more than once", List.of(duplicate));
          }
          object.put(key, value(parser, parser.next(), at, depth + 1));
        }
        return object;
      }
      case START_ARRAY -> {
        deeper(depth);
        List<Object> array = new ArrayList<>();
        for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
          array.add(value(parser, e, path + "[" + array.size() + "]", depth + 1));
        }
        return array;
      }
      case VALUE_STRING -> {
        return parser.getString();
      }
      case VALUE_NUMBER -> {
        // Kept as written; it becomes a number only once its length is known to be sane.
        return new NumberText(parser.getString());
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return NULL;
      }
      default -> throw new IllegalStateException("unexpected " + event);
    }
  }

  private static void deeper(int depth) {
    if (depth + 1 > MAX_DEPTH) {
      throw ProblemException.badRequest("tooDeep", Map.of("max", MAX_DEPTH),
          "The JSON is nested deeper than " + MAX_DEPTH + " levels");
    }
  }

  // ---- binding: declared types, no coercion ----

  private static Object bind(Object v, Type type, String path, List<FieldError> errors) {
    Class<?> raw = raw(type);
    if (v == null || v == NULL) {
      if (raw.isPrimitive()) {
        errors.add(new FieldError(path, "required", Map.of(), "is required"));
      }
      return null;
    }
    if (raw == String.class) {
      return v instanceof String s ? s : mismatch(path, "string", "text", errors);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return v instanceof Boolean b ? b : mismatch(path, "boolean", "true or false", errors);
    }
    if (raw == Long.class || raw == long.class) {
      return integer(v, path, Long.MIN_VALUE, Long.MAX_VALUE, errors);
    }
    if (raw == Integer.class || raw == int.class) {
      Long n = integer(v, path, Integer.MIN_VALUE, Integer.MAX_VALUE, errors);
      return n == null ? null : Integer.valueOf(n.intValue());
    }
    if (raw == List.class) {
      if (!(v instanceof List<?> array)) {
        return mismatch(path, "array", "a list", errors);
      }
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<Object> out = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        String at = path + "[" + i + "]";
        if (array.get(i) == NULL) {
          errors.add(new FieldError(at, "notNull", Map.of(), "must not be null"));
        } else {
          out.add(bind(array.get(i), element, at, errors));
        }
      }
      return Collections.unmodifiableList(out);
    }
    if (raw.isRecord()) {
      if (!(v instanceof Map<?, ?> object)) {
        return mismatch(path, "object", "an object", errors);
      }
      return record(object, raw, path, errors);
    }
    throw new IllegalStateException(raw + " cannot be bound from JSON; see StrictJson.supports");
  }

  private static Object record(Map<?, ?> object, Class<?> type, String path, List<FieldError> errors) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    int before = errors.size();
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      types[i] = components[i].getType();
      values[i] = bind(object.get(name), components[i].getGenericType(), path.isEmpty() ? name : path + "." + name, errors);
    }
    if (errors.size() > before) {
      return null; // not constructed: the request is refused anyway
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type + " has no usable canonical constructor", e);
    }
  }

  /** A whole number in [min, max], as written: no fraction, no exponent, no string. */
  private static Long integer(Object v, String path, long min, long max, List<FieldError> errors) {
    if (!(v instanceof NumberText number)) {
      mismatch(path, "integer", "a whole number", errors);
      return null;
    }
    String text = number.text;
    if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
      errors.add(new FieldError(path, "integer", Map.of(), "a whole number, without a fraction or an exponent"));
      return null;
    }
    int digits = text.startsWith("-") ? text.length() - 1 : text.length();
    if (digits > MAX_INTEGER_CHARS || new BigDecimal(text).compareTo(BigDecimal.valueOf(min)) < 0
        || new BigDecimal(text).compareTo(BigDecimal.valueOf(max)) > 0) {
      errors.add(new FieldError(path, "range", Map.of("min", min, "max", max), "between " + min + " and " + max));
      return null;
    }
    return Long.parseLong(text);
  }

  private static Object mismatch(String path, String expected, String english, List<FieldError> errors) {
    errors.add(new FieldError(path, "type", Map.of("expected", expected), "must be " + english));
    return null;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  private static String reason(String message) {
    return TextInput.truncate(message.replaceAll("\\s+", " "), 300, "…");
  }

  /** JSON null, which a map's absent key must not be mistaken for. */
  private static final Object NULL = new Object();

  /** A JSON number kept as its text until a field says what it must be. */
  private record NumberText(String text) {}
}

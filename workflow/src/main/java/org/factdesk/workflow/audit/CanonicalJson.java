package org.factdesk.workflow.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 (JSON Canonicalization Scheme) for the values an audit event holds: objects with string
 * keys, arrays, strings, booleans, null and integers of at most 2^53 - 1 in magnitude. Within that
 * range every integer prints the same in JCS (ECMAScript's number form) as in plain decimal; other
 * numbers are refused rather than approximated, so the rule stays exact. Members are sorted by
 * their names' UTF-16 code units, no whitespace is written, and strings escape only {@code "},
 * {@code \} and the controls below U+0020 ({@code \b \t \n \f \r}, else {@code \}{@code u00xx}).
 */
public final class CanonicalJson {
  static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private CanonicalJson() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Boolean b) {
      out.append(b.booleanValue());
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      long n = ((Number) value).longValue();
      if (Math.abs(n) > MAX_SAFE_INTEGER) {
        throw new IllegalArgumentException("integer beyond 2^53 - 1 cannot be canonicalised exactly: " + n);
      }
      out.append(n);
    } else if (value instanceof Map<?, ?> map) {
      object(map, out);
    } else if (value instanceof Collection<?> list) {
      out.append('[');
      boolean first = true;
      for (Object item : list) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(item, out);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("not canonicalised: " + value.getClass().getName());
    }
  }

  private static void object(Map<?, ?> map, StringBuilder out) {
    List<String> names = new ArrayList<>(map.size());
    for (Object key : map.keySet()) {
      if (!(key instanceof String name)) {
        throw new IllegalArgumentException("object member names must be strings: " + key);
      }
      names.add(name);
    }
    names.sort(null); // String order is UTF-16 code unit order, as RFC 8785 section 3.2.3 asks.
    out.append('{');
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(names.get(i), out);
      out.append(':');
      write(map.get(names.get(i)), out);
    }
    out.append('}');
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            // UTF-8 cannot carry a lone surrogate; hashing a replacement would hide a difference.
            throw new IllegalArgumentException("lone surrogate at index " + i);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verifies a Factdesk audit export (GET /api/audit/export, NDJSON) offline, with the JDK alone:
 *
 * <pre>java bin/VerifyAudit.java factdesk-audit.ndjson</pre>
 *
 * Each line is one event. Its hash must be the SHA-256 (lowercase hex) of the UTF-8 bytes of the
 * RFC 8785 canonical form of the line without its "hash" member, and its "previousHash" must be the
 * hash of the previous event with the same "articleId" (64 zeros for the first; a null articleId is
 * the newsroom's chain). This file parses and canonicalises on its own, independently of the
 * server's code (docs/decisions/0016-audit-hash-chains.md). Exit status: 0 valid, 1 broken, 2 unreadable.
 */
public final class VerifyAudit {
  static final String GENESIS = "0".repeat(64);

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: java bin/VerifyAudit.java EXPORT.ndjson");
      System.exit(2);
    }
    String result;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      result = verify(in);
    } catch (IllegalArgumentException e) {
      System.out.println("unreadable: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.out.println(result);
    System.exit(result.startsWith("valid") ? 0 : 1);
  }

  /** "valid: N events" or "broken: ..." naming the first event that does not hold. */
  static String verify(BufferedReader in) throws Exception {
    Map<Object, String> heads = new HashMap<>();
    long events = 0;
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (line.isEmpty()) {
        continue;
      }
      Object parsed;
      try {
        parsed = new Parser(line).document();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage());
      }
      if (!(parsed instanceof Map<?, ?> raw)) {
        throw new IllegalArgumentException("line " + lineNumber + ": not a JSON object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> event = (Map<String, Object>) raw;
      Object stored = event.remove("hash");
      Object article = event.get("articleId");
      String expectedPrevious = heads.getOrDefault(article, GENESIS);
      String where = "event " + event.get("id") + " (" + (article == null ? "newsroom chain" : "article " + article)
          + ", line " + lineNumber + ")";
      events++;
      if (!expectedPrevious.equals(event.get("previousHash"))) {
        return "broken: " + where + ": previousHash is " + event.get("previousHash") + ", the event before it in its"
            + " chain has hash " + expectedPrevious;
      }
      String computed = sha256(canonical(event));
      if (!computed.equals(stored)) {
        return "broken: " + where + ": hash is " + stored + ", its content hashes to " + computed;
      }
      heads.put(article, computed);
    }
    return "valid: " + events + " events in " + heads.size() + " chains";
  }

  static String sha256(String text) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder();
    for (byte b : digest) {
      hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return hex.toString();
  }

  /** RFC 8785 for what the export holds: strings, integers, booleans, null, arrays and objects. */
  static String canonical(Object value) {
    StringBuilder out = new StringBuilder();
    emit(value, out);
    return out.toString();
  }

  private static void emit(Object value, StringBuilder out) {
    if (value instanceof String s) {
      quote(s, out);
    } else if (value instanceof Map<?, ?> map) {
      // TreeMap over String keys orders by UTF-16 code units, as RFC 8785 section 3.2.3 asks.
      TreeMap<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put((String) k, v));
      out.append('{');
      String separator = "";
      for (var member : sorted.entrySet()) {
        out.append(separator);
        quote(member.getKey(), out);
        out.append(':');
        emit(member.getValue(), out);
        separator = ",";
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",");
        emit(list.get(i), out);
      }
      out.append(']');
    } else {
      out.append(value); // null, true, false, or a Long within 2^53 (checked by the parser)
    }
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    s.codePoints().forEach(cp -> {
      String escape = switch (cp) {
        case 0x22 -> "\\\"";
        case 0x5c -> "\\\\";
        case 0x08 -> "\\b";
        case 0x09 -> "\\t";
        case 0x0a -> "\\n";
        case 0x0c -> "\\f";
        case 0x0d -> "\\r";
        default -> cp < 0x20 ? "\\u00" + Character.forDigit(cp >> 4, 16) + Character.forDigit(cp & 0xf, 16) : null;
      };
      if (escape != null) {
        out.append(escape);
      } else if (Character.getType(cp) == Character.SURROGATE) {
        throw new IllegalArgumentException("a lone surrogate cannot be canonicalised");
      } else {
        out.appendCodePoint(cp);
      }
    });
    out.append('"');
  }

  /** A strict JSON reader for one line: no duplicate members, integers only. */
  static final class Parser {
    private final String text;
    private int at;

    Parser(String text) {
      this.text = text;
    }

    Object document() {
      Object value = value();
      space();
      if (at != text.length()) {
        throw fail("text after the value");
      }
      return value;
    }

    private Object value() {
      space();
      if (at >= text.length()) {
        throw fail("value expected");
      }
      char c = text.charAt(at);
      if (c == '{') {
        return object();
      } else if (c == '[') {
        return array();
      } else if (c == '"') {
        return string();
      } else if (c == '-' || c >= '0' && c <= '9') {
        return integer();
      }
      for (String word : new String[] {"true", "false", "null"}) {
        if (text.startsWith(word, at)) {
          at += word.length();
          return word.equals("null") ? null : Boolean.valueOf(word);
        }
      }
      throw fail("unexpected '" + c + "'");
    }

    private Map<String, Object> object() {
      Map<String, Object> members = new HashMap<>();
      at++;
      space();
      if (peek('}')) {
        return members;
      }
      do {
        space();
        String name = string();
        space();
        expect(':');
        if (members.containsKey(name)) {
          throw fail("duplicate member " + name);
        }
        members.put(name, value());
        space();
      } while (peek(','));
      expect('}');
      return members;
    }

    private List<Object> array() {
      List<Object> items = new ArrayList<>();
      at++;
      space();
      if (peek(']')) {
        return items;
      }
      do {
        items.add(value());
        space();
      } while (peek(','));
      expect(']');
      return items;
    }

    private String string() {
      expect('"');
      StringBuilder s = new StringBuilder();
      while (true) {
        if (at >= text.length()) {
          throw fail("unterminated string");
        }
        char c = text.charAt(at++);
        if (c == '"') {
          return s.toString();
        } else if (c < 0x20) {
          throw fail("raw control character in a string");
        } else if (c != '\\') {
          s.append(c);
          continue;
        }
        char e = text.charAt(at++);
        switch (e) {
          case '"', '\\', '/' -> s.append(e);
          case 'b' -> s.append('\b');
          case 'f' -> s.append('\f');
          case 'n' -> s.append('\n');
          case 'r' -> s.append('\r');
          case 't' -> s.append('\t');
          case 'u' -> {
            s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> throw fail("bad escape \\" + e);
        }
      }
    }

    private Long integer() {
      int start = at;
      if (text.charAt(at) == '-') {
        at++;
      }
      while (at < text.length() && Character.isDigit(text.charAt(at))) {
        at++;
      }
      if (at < text.length() && ".eE".indexOf(text.charAt(at)) >= 0) {
        throw fail("only integers are expected in an audit export");
      }
      long n = Long.parseLong(text.substring(start, at));
      if (Math.abs(n) > (1L << 53) - 1) {
        throw fail("integer beyond 2^53 - 1");
      }
      return n;
    }

    private void space() {
      while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }

    private boolean peek(char c) {
      if (at < text.length() && text.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw fail("'" + c + "' expected");
      }
    }

    private IllegalArgumentException fail(String why) {
      return new IllegalArgumentException(why + " at column " + (at + 1));
    }
  }
}

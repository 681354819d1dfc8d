package org.factdesk.server.rest.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Consumes;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.server.problem.ProblemException;
import org.factdesk.workflow.common.ValidationException.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one strict JSON reader (issue 14, finding 4; decision 0018): no trailing data, no duplicates, no coercion. */
class StrictJsonTest {
  record Span(Integer block, Integer start, Integer end) {}

  record Save(String title, List<String> blocks, List<Span> spans, Long source, Boolean active) {}

  private static ProblemException refused(String json) {
    return assertThrows(ProblemException.class, () -> StrictJson.read(json, Save.class));
  }

  private static List<String> fields(ProblemException e) {
    return e.errors().stream().map(f -> f.field() + ":" + f.code()).toList();
  }

  @Test
  void bindsEveryDeclaredTypeAndIgnoresKeysTheRecordDoesNotHave() {
    Save s = StrictJson.read("{\"title\":\"Ələt \\u2067שלום\\u2069\",\"blocks\":[\"a\",\"b\"],"
        + "\"spans\":[{\"block\":0,\"start\":1,\"end\":-2}],\"source\":9223372036854775807,\"active\":false,"
        + "\"id\":7,\"state\":\"APPROVED\"}", Save.class);
    assertEquals(new Save("Ələt \u2067שלום\u2069", List.of("a", "b"), List.of(new Span(0, 1, -2)), Long.MAX_VALUE, false), s);
    assertEquals(new Save(null, null, null, null, null), StrictJson.read("{\"title\":null} \n\t ", Save.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"title\":\"x\"} xyz", "{\"title\":\"x\"} {}", "{\"title\":\"x\"}]", "{\"title\":\"x\"},",
      "{\"title\":\"x\"}\u0000", "{\"title\":\"x\"}{\"title\":\"y\"}", "{\"title\":\"x\"} 1"})
  void refusesDataAfterTheValue(String json) {
    ProblemException e = refused(json);
    assertEquals(400, e.status());
    assertEquals("badJson", e.code());
  }

  @Test
  void refusesDuplicateKeysNamingTheirPath() {
    assertEquals(List.of("title:duplicateKey"), fields(refused("{\"title\":\"a\",\"title\":\"b\"}")));
    assertEquals(List.of("spans[1].end:duplicateKey"),
        fields(refused("{\"spans\":[{\"end\":1},{\"end\":1,\"start\":0,\"end\":2}]}")));
  }

  @Test
  void neverCoercesAndNamesEveryFieldAtOnce() {
    ProblemException e = refused("{\"title\":123,\"blocks\":\"a\",\"source\":\"6\",\"active\":\"true\","
        + "\"spans\":[{\"block\":true}]}");
    assertEquals(List.of("title:type", "blocks:type", "spans[0].block:type", "source:type", "active:type"), fields(e));
    assertEquals(List.of("blocks[1]:notNull"), fields(refused("{\"blocks\":[\"a\",null]}")));
    assertEquals(List.of("spans[0]:type"), fields(refused("{\"spans\":[[1]]}")));
  }

  /** 2^64+6 must not cite source 6, 1.5 not source 1, 1e400 not 0, 2^63 not -2^63, 2^40 not block 0. */
  @ParameterizedTest
  @ValueSource(strings = {"18446744073709551622:range", "1.5:integer", "1e400:integer", "9223372036854775808:range",
      "-9223372036854775809:range", "1.0:integer", "1E2:integer", "-0.0:integer", "1e-400:integer",
      "99999999999999999999999999999999999999999999999999:range"})
  void integerFieldsTakeWholeNumbersInTheirRange(String numberAndCode) {
    String number = numberAndCode.substring(0, numberAndCode.indexOf(':'));
    String code = numberAndCode.substring(numberAndCode.indexOf(':') + 1);
    assertEquals(List.of("source:" + code), fields(refused("{\"source\":" + number + "}")));
  }

  @Test
  void intFieldsHaveTheirOwnRange() {
    assertEquals(List.of("spans[0].block:range"), fields(refused("{\"spans\":[{\"block\":1099511627776}]}")));
    assertEquals(List.of("spans[0].block:range"), fields(refused("{\"spans\":[{\"block\":-2147483649}]}")));
    assertEquals(Integer.MIN_VALUE, StrictJson.read("{\"spans\":[{\"block\":-2147483648}]}", Save.class).spans().get(0).block());
  }

  @Test
  void aHugeNumberIsRefusedWithoutBeingComputed() {
    long t0 = System.nanoTime();
    assertEquals(List.of("source:range"), fields(refused("{\"source\":" + "9".repeat(1_000_000) + "}")));
    assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "a million digits are not parsed as a number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1,2]", "\"text\"", "42", "null", "{\"title\":", "{\"title\" \"x\"}", "{'title':'x'}",
      "{\"title\":\"x\",}", "{\"source\":01}", "{\"source\":NaN}"})
  void refusesAnythingButOneWellFormedObject(String json) {
    assertEquals("badJson", refused(json).code());
  }

  @Test
  void boundsNesting() {
    String deep = "{\"blocks\":" + "[".repeat(40) + "]".repeat(40) + "}";
    assertEquals("tooDeep", refused(deep).code());
  }

  /** Every JSON body a resource reads is a record StrictJson binds: none falls through to a lenient reader. */
  @Test
  void everyJsonRequestBodyIsARecordItCanBind() {
    List<String> unsupported = new ArrayList<>();
    int bodies = 0;
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.factdesk.server.rest")) {
      for (Method m : c.reflect().getDeclaredMethods()) {
        Consumes consumes = m.getAnnotation(Consumes.class);
        if (consumes == null || !List.of(consumes.value()).contains("application/json")) {
          continue;
        }
        for (Parameter p : m.getParameters()) {
          if (p.getAnnotations().length == 0) {
            bodies++;
            if (!p.getType().isRecord() || !StrictJson.supports(p.getType())) {
              unsupported.add(c.getSimpleName() + "." + m.getName() + "(" + p.getType().getSimpleName() + ")");
            }
          }
        }
      }
    }
    assertTrue(bodies >= 20, "found only " + bodies + " JSON bodies");
    assertEquals(List.of(), unsupported);
  }

  @Test
  void fieldErrorsCarryEnglishMessages() {
    FieldError e = refused("{\"source\":1.5}").errors().get(0);
    assertEquals(Map.of(), e.args());
    assertTrue(e.message().contains("whole number"), e.message());
  }
}

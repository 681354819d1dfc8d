package org.factdesk.workflow.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageTest {

  private static ValidationException.FieldError onlyError(ValidationException e) {
    assertEquals(1, e.errors().size(), e.errors().toString());
    return e.errors().get(0);
  }

  @ParameterizedTest(name = "page {0}, size {1} starts at {2}")
  @CsvSource({"1, 1, 0", "1, 200, 0", "2, 20, 20", "5, 20, 80", "3, 200, 400"})
  void acceptsRequestsWithinBoundsAndCountsPagesFromOne(int page, int size, int firstResult) {
    Page.Request request = new Page.Request(page, size);
    assertEquals(firstResult, request.firstResult());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsAPageBelowOneNamingTheField(int page) {
    ValidationException e = assertThrows(ValidationException.class, () -> new Page.Request(page, 20));
    ValidationException.FieldError error = onlyError(e);
    assertEquals("page", error.field());
    assertEquals("min", error.code());
    assertEquals(Map.of("min", 1), error.args());
    assertEquals("validation", e.code());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -3, 201, 10_000})
  void rejectsASizeOutsideOneToTwoHundredNamingTheField(int size) {
    ValidationException e = assertThrows(ValidationException.class, () -> new Page.Request(1, size));
    ValidationException.FieldError error = onlyError(e);
    assertEquals("size", error.field());
    assertEquals("range", error.code());
    assertEquals(Map.of("min", 1, "max", Page.MAX_SIZE), error.args());
    assertEquals(200, Page.MAX_SIZE);
  }

  @Test
  void keepsItsOwnCopyOfTheItems() {
    List<String> items = new ArrayList<>(List.of("a", "b"));
    Page<String> page = new Page<>(items, 1, 20, 2);
    items.add("c");
    assertEquals(List.of("a", "b"), page.items());
    assertThrows(UnsupportedOperationException.class, () -> page.items().add("d"));
  }

  @Test
  void mapsItemsAndKeepsThePosition() {
    Page<Integer> page = new Page<>(List.of(1, 2, 3), 4, 3, 11).map(i -> i * 10);
    assertEquals(new Page<>(List.of(10, 20, 30), 4, 3, 11), page);
    assertEquals(9, page.firstResult());
  }

  @Test
  void neverGivesANegativeOffset() {
    for (int page : new int[] {10_737_419, 20_000_000, Integer.MAX_VALUE}) {
      try {
        Page.Request request = new Page.Request(page, 200);
        assertTrue(request.firstResult() >= 0, "page " + page + " starts at " + request.firstResult());
      } catch (ValidationException e) {
        assertEquals("page", onlyError(e).field());
      }
    }
  }
}

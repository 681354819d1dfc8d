package org.factdesk.workflow.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list in a stable order; {@code page} counts from 1. */
public record Page<T>(List<T> items, int page, int size, long total) {
  public static final int MAX_SIZE = 200;
  /** Far beyond any real list; keeps (page - 1) * size inside an int. */
  public static final int MAX_PAGE = 1_000_000;

  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(items.stream().map(f).toList(), page, size, total);
  }

  public int firstResult() {
    return (page - 1) * size;
  }

  /** A validated page request. */
  public record Request(int page, int size) {
    public Request {
      if (page < 1) {
        throw new ValidationException("page", "min", java.util.Map.of("min", 1), "must be at least 1");
      }
      if (page > MAX_PAGE) {
        throw new ValidationException(
            "page", "range", java.util.Map.of("min", 1, "max", MAX_PAGE), "must be between 1 and " + MAX_PAGE);
      }
      if (size < 1 || size > MAX_SIZE) {
        throw new ValidationException(
            "size", "range", java.util.Map.of("min", 1, "max", MAX_SIZE), "must be between 1 and " + MAX_SIZE);
      }
    }

    public int firstResult() {
      return (page - 1) * size;
    }
  }
}

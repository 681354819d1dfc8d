package org.factdesk.workflow.translation;

/**
 * The passage of target block {@code block} that the translator marked as carrying the source
 * block's claim: code points {@code start} (inclusive) to {@code end} (exclusive).
 */
public record MarkedSpan(int block, int start, int end) {
  static String join(java.util.Collection<MarkedSpan> spans) {
    return spans.stream().sorted(java.util.Comparator.comparingInt(MarkedSpan::block))
        .map(s -> s.block + ":" + s.start + "-" + s.end)
        .collect(java.util.stream.Collectors.joining(","));
  }

  static java.util.List<MarkedSpan> split(String s) {
    if (s == null || s.isEmpty()) {
      return java.util.List.of();
    }
    return java.util.Arrays.stream(s.split(",")).map(part -> {
      String[] a = part.split("[:-]");
      return new MarkedSpan(Integer.parseInt(a[0]), Integer.parseInt(a[1]), Integer.parseInt(a[2]));
    }).toList();
  }
}

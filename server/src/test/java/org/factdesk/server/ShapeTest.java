package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A class that needs a scroll bar to read is doing two jobs (decision 0014): no production Java class
 * over 400 lines, no browser module over 300.
 */
class ShapeTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void noProductionClassIsOver400Lines() throws IOException {
    List<String> modules = List.of("i18n", "workflow", "exports", "server");
    List<String> tooLong = modules.stream()
        .flatMap(m -> files(ROOT.resolve(m).resolve("src/main/java"), ".java"))
        .filter(p -> lines(p) > 400)
        .map(p -> ROOT.relativize(p) + " (" + lines(p) + " lines)")
        .toList();
    assertTrue(modules.stream().allMatch(m -> Files.isDirectory(ROOT.resolve(m))), "modules under " + ROOT);
    assertEquals(List.of(), tooLong);
  }

  @Test
  void noBrowserModuleIsOver300Lines() {
    Path app = ROOT.resolve("server/src/main/webapp/app");
    assertTrue(Files.isDirectory(app), app.toString());
    List<String> tooLong = files(app, ".js").filter(p -> lines(p) > 300)
        .map(p -> ROOT.relativize(p) + " (" + lines(p) + " lines)").toList();
    assertEquals(List.of(), tooLong);
  }

  private static Stream<Path> files(Path dir, String suffix) {
    try {
      return Files.walk(dir).filter(p -> p.toString().endsWith(suffix)).toList().stream();
    } catch (IOException e) {
      throw new IllegalStateException(dir.toString(), e);
    }
  }

  private static long lines(Path p) {
    try (Stream<String> s = Files.lines(p)) {
      return s.count();
    } catch (IOException e) {
      throw new IllegalStateException(p.toString(), e);
    }
  }
}

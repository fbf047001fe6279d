package org.w3id.kazaz.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every error code the source raises is explained in docs/errors.md, so a user can look it up. */
class ErrorCodesTest {
  @Test
  void everyCodeIsDocumented() throws Exception {
    Pattern code = Pattern.compile("\"(E-[A-Z]+(?:-[A-Z]+)*)\"");
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = code.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertTrue(used.size() > 10, "codes found: " + used);
    String doc = Files.readString(Path.of("docs/errors.md"));
    Set<String> missing = new TreeSet<>();
    for (String c : used) {
      if (!doc.contains("| " + c + " |")) {
        missing.add(c);
      }
    }
    assertTrue(missing.isEmpty(), "not in docs/errors.md: " + missing);
  }
}

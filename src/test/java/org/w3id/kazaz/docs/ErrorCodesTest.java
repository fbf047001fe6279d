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
      // the row of a code carries the anchor its messages point to (cli/Shown.pointer)
      if (!doc.contains("| <a id=\"" + c.toLowerCase(java.util.Locale.ROOT) + "\"></a>" + c + " |")) {
        missing.add(c);
      }
    }
    assertTrue(missing.isEmpty(), "not in docs/errors.md with its anchor: " + missing);
  }

  @Test
  void everyAnchorIsOneRow() throws Exception {
    String doc = Files.readString(Path.of("docs/errors.md"));
    Matcher m = Pattern.compile("(?m)^\\| <a id=\"([a-z-]+)\"></a>(E-[A-Z-]+) \\|").matcher(doc);
    Set<String> anchors = new TreeSet<>();
    while (m.find()) {
      assertTrue(m.group(1).equals(m.group(2).toLowerCase(java.util.Locale.ROOT)), m.group());
      assertTrue(anchors.add(m.group(1)), "two rows for " + m.group(2));
    }
    assertTrue(anchors.contains("e-internal") && anchors.contains("e-usage"), anchors.toString());
  }
}

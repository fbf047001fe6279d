package org.w3id.kazaz.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the extraction rules' word lists (ontology/extraction/*.tsv) from the classpath. */
final class Rules {
  private Rules() {}

  /** The non-blank, non-comment lines of {@code resource}, each quoted for a regex alternation. */
  static List<String> lines(String resource) {
    return words(resource).stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList();
  }

  /** The non-blank, non-comment lines of {@code resource}, stripped. */
  static List<String> words(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Rules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}

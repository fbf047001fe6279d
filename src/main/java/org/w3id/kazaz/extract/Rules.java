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

  /** The lines of a two-column file: the first column (lower case) to the second. */
  static java.util.Map<String, String> pairs(String resource) {
    return pairs(resource, false);
  }

  /**
   * The lines of a two-column file as a map; with {@code wholeLine}, each whole line ("a\tb", first
   * column lower case) to its second column, for files whose first column repeats.
   */
  static java.util.Map<String, String> pairs(String resource, boolean wholeLine) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String line : words(resource)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(resource + ": expected two columns: " + line);
      }
      String key = f[0].strip().toLowerCase(java.util.Locale.ROOT);
      out.put(wholeLine ? key + "\t" + f[1].strip() : key, f[1].strip());
    }
    return out;
  }

  /** Every line of {@code resource}, as written. */
  static List<String> rawLines(String resource) {
    try (InputStream in = Rules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

package org.w3id.kazaz.extract.common;

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
public final class Rules {
  private Rules() {}

  /** The non-blank, non-comment lines of {@code resource}, each quoted for a regex alternation. */
  public static List<String> lines(String resource) {
    return words(resource).stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList();
  }

  /** The lines of a two-column file: the first column (lower case) to the second. */
  public static java.util.Map<String, String> pairs(String resource) {
    return pairs(resource, false);
  }

  /**
   * The lines of a two-column file as a map; with {@code wholeLine}, each whole line ("a\tb", first
   * column lower case) to its second column, for files whose first column repeats.
   */
  public static java.util.Map<String, String> pairs(String resource, boolean wholeLine) {
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
  public static List<String> rawLines(String resource) {
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
  public static List<String> words(String resource) {
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

  /**
   * One rule line of a table file: its line number and its tab-separated fields.
   *
   * @param line the line number in the file, for error messages
   * @param fields the fields, stripped, named parts expanded in the last one
   */
  public record Row(int line, List<String> fields) {
    public String get(int i) {
      return fields.get(i);
    }
  }

  private static final Pattern DEFINE = Pattern.compile("@(\\w+)\\s*=\\s*(.+)");
  private static final Pattern PART = Pattern.compile("@\\{(\\p{Lu}+)\\}");

  /**
   * The rule lines of a table file of {@code columns} tab-separated fields, skipping blanks and
   * comments; a line "@NAME = regex" defines a named part, written @{NAME} in the last field of
   * later lines. A line with another number of fields, or an unknown part, fails with the file and
   * line.
   */
  public static List<Row> rows(String resource, int columns) {
    java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
    List<Row> out = new ArrayList<>();
    int n = 0;
    for (String line : rawLines(resource)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      java.util.regex.Matcher def = DEFINE.matcher(line);
      if (def.matches()) {
        parts.put(def.group(1), expandParts(def.group(2).strip(), parts, resource, n));
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != columns) {
        throw new IllegalStateException(resource + ":" + n + ": expected " + columns + " tab-separated fields: " + line);
      }
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < f.length; i++) {
        fields.add(i == f.length - 1 ? expandParts(f[i].strip(), parts, resource, n) : f[i].strip());
      }
      out.add(new Row(n, List.copyOf(fields)));
    }
    return out;
  }

  private static String expandParts(String regex, java.util.Map<String, String> parts, String resource, int line) {
    java.util.regex.Matcher m = PART.matcher(regex);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String p = parts.get(m.group(1));
      if (p == null) {
        throw new IllegalStateException(resource + ":" + line + ": no part named " + m.group(1));
      }
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(p));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** The regex of a row compiled case-insensitively; a bad regex fails with the file and line. */
  public static Pattern compile(String resource, Row row, int field) {
    try {
      return Pattern.compile(row.get(field), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new IllegalStateException(resource + ":" + row.line() + ": " + e.getDescription(), e);
    }
  }

  /**
   * The regex of a row compiled as {@link #compile}, for a file whose regexes are joined into one
   * alternation: a capturing group there would shift the groups of the whole, so it fails with the
   * file and line.
   */
  public static Pattern compileWithoutGroups(String resource, Row row, int field) {
    Pattern p = compile(resource, row, field);
    if (p.matcher("").groupCount() > 0) {
      throw new IllegalStateException(resource + ":" + row.line() + ": use (?:...), not a capturing group");
    }
    return p;
  }

  /** The constant of {@code type} a row's field names; an unknown name fails with the file and line. */
  public static <E extends Enum<E>> E enumValue(String resource, Row row, int field, Class<E> type, String what) {
    try {
      return Enum.valueOf(type, row.get(field));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(resource + ":" + row.line() + ": no such " + what + ": " + row.get(field), e);
    }
  }
}

package org.w3id.kazaz.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of a page that are not its story ("Read also: ..." and the item below it, "Tags: ...",
 * "In other news ..."), by the cues of {@code ontology/extraction/navigation.tsv}. {@link #story}
 * blanks them out (spaces, lines kept), so that offsets stay offsets into the article.
 */
public final class Navigation {
  static final String RESOURCE = "/ontology/extraction/navigation.tsv";
  private static final Map<String, String> CUES = load();

  private Navigation() {}

  /** {@code text} with what is not the story between {@code from} and the end replaced by spaces. */
  public static String story(String text, int from) {
    char[] out = text.toCharArray();
    int i = from;
    while (i < text.length()) {
      int eol = text.indexOf('\n', i);
      int end = eol < 0 ? text.length() : eol;
      String scope = scopeOf(text.substring(i, end));
      if (scope == null) {
        i = end + 1;
        continue;
      }
      int stop = end;
      if (!scope.equals("line")) {
        // the lines below, up to a blank line
        while (stop < text.length()) {
          int next = text.indexOf('\n', stop + 1);
          int nextEnd = next < 0 ? text.length() : next;
          if (text.substring(stop + 1 > text.length() ? text.length() : stop + 1, nextEnd).isBlank()) {
            break;
          }
          stop = nextEnd;
        }
      }
      for (int k = i; k < stop; k++) {
        if (out[k] != '\n') {
          out[k] = ' ';
        }
      }
      i = stop + 1;
    }
    return new String(out);
  }

  /** The scope of the cue that starts {@code line}, or null. */
  static String scopeOf(String line) {
    String l = line.strip().toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> c : CUES.entrySet()) {
      if (l.startsWith(c.getKey())) {
        String rest = l.substring(c.getKey().length());
        if (rest.isEmpty() || rest.startsWith(":") || rest.startsWith(" –") || rest.startsWith(" -")
            || c.getValue().equals("paragraph") && rest.startsWith(" ")) {
          return c.getValue();
        }
      }
    }
    return null;
  }

  static Map<String, String> load() {
    Map<String, String> m = new LinkedHashMap<>();
    try (InputStream in = Navigation.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2 || !f[1].strip().matches("line|attached|paragraph")) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": expected a cue and a scope");
        }
        m.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}

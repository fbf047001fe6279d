package org.w3id.kazaz.server.pages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.server.lod.Description;

/**
 * How a page reads a property: the phrase of {@code ontology/display/phrases.tsv}, else the label
 * the caller found in the ontology, else the local name.
 */
public final class Phrases {
  static final String FILE = "ontology/display/phrases.tsv";
  private static final Map<String, String> PHRASES = load();

  private Phrases() {}

  public static String of(String property, String ontologyLabel) {
    String p = PHRASES.get(property);
    if (p != null) {
      return p;
    }
    if (ontologyLabel != null && !ontologyLabel.isBlank()) {
      return ontologyLabel;
    }
    int cut = Math.max(property.lastIndexOf('#'), property.lastIndexOf('/'));
    return property.substring(cut + 1);
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = Phrases.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new KazazException("E-SERVER-DATA", FILE + ": not found on the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2) {
          throw new KazazException("E-SERVER-DATA", FILE + ":" + n + ": expected property TAB phrase");
        }
        out.put(Description.PREFIXES.expandPrefix(cols[0].strip()), cols[1].strip());
      }
    } catch (IOException e) {
      throw new KazazException("E-SERVER-DATA", FILE + ": cannot be read: " + e.getMessage(), e);
    }
    return Map.copyOf(out);
  }
}

package org.w3id.kazaz.server.pages;

import java.util.HashMap;
import java.util.Map;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.extract.common.Rules;
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

  /** The phrases file read as the extraction's rule tables are (a property and its phrase a line). */
  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    try {
      for (Rules.Row row : Rules.rows("/" + FILE, 2)) {
        out.put(Description.PREFIXES.expandPrefix(row.get(0)), row.get(1));
      }
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      throw new KazazException("E-SERVER-DATA", e.getMessage(), e);
    }
    return Map.copyOf(out);
  }
}

package org.w3id.kazaz.extract.entities;

import org.w3id.kazaz.extract.common.Rules;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.w3id.kazaz.gazetteer.EntityKind;

/**
 * The kind of a place from the head word of its name, as {@code ontology/extraction/place-kinds.tsv}
 * lists them; a pipeline's name is its stops joined by dashes ("Baku-Tbilisi-Ceyhan").
 */
final class PlaceKinds {
  static final String RESOURCE = "/ontology/extraction/place-kinds.tsv";
  private static final Map<String, EntityKind> HEADS = load();

  private PlaceKinds() {}

  static EntityKind kind(String name) {
    EntityKind kind = null;
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      EntityKind k = HEADS.get(w);
      if (k != null) {
        kind = k;
      }
    }
    if (kind == null && name.matches("\\p{Lu}\\p{L}+(?:[-–]\\p{Lu}\\p{L}+){2,}")) {
      return EntityKind.PIPELINE;
    }
    return kind == null ? EntityKind.PLACE : kind;
  }

  static Map<String, EntityKind> load() {
    Map<String, EntityKind> m = new LinkedHashMap<>();
    for (Rules.Row row : Rules.rows(RESOURCE, 2)) {
      EntityKind k = Rules.enumValue(RESOURCE, row, 1, EntityKind.class, "kind");
      if (!k.isPlace()) {
        throw new IllegalStateException(RESOURCE + ":" + row.line() + ": not a kind of place: " + k);
      }
      m.put(row.get(0), k);
    }
    return Map.copyOf(m);
  }
}

package org.w3id.kazaz.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = PlaceKinds.class.getResourceAsStream(RESOURCE)) {
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
        if (f.length != 2) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": expected a word and a kind");
        }
        EntityKind k = EntityKind.valueOf(f[1].strip());
        if (!k.isPlace()) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": not a kind of place: " + k);
        }
        m.put(f[0].strip(), k);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}

package org.w3id.kazaz.gazetteer;

import org.w3id.kazaz.gazetteer.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/**
 * The state an adjective of nationality names: "Kazakh" → Kazakhstan, "Azerbaijani" → Azerbaijan,
 * "Turkmen" → Turkmenistan, "Georgian" → Georgia. Derived from the states' labels in the gazetteer
 * by the regular English endings (-stan/-istan dropped, -i, -n, -an, -ian added); a few irregular
 * ones are listed.
 */
public final class Demonyms {
  static final String RESOURCE = "/ontology/extraction/demonyms.tsv";
  private static final Map<String, List<String>> IRREGULAR = load();

  /** The irregular adjectives of demonyms.tsv (lower case), each to its states' labels. */
  public static Map<String, List<String>> irregular() {
    return IRREGULAR;
  }

  /** The irregular adjectives of demonyms.tsv, each to its states' labels. */
  static Map<String, List<String>> load() {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    try (var in = Demonyms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      int n = 0;
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": expected an adjective and a state's label: " + line);
        }
        out.computeIfAbsent(f[0].strip().toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>()).add(f[1].strip());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  private Demonyms() {}

  /** The state entry {@code adjective} names, or null. */
  public static GazetteerEntry state(String adjective, Gazetteer gazetteer) {
    String adj = adjective.toLowerCase(Locale.ROOT);
    for (String label : IRREGULAR.getOrDefault(adj, List.of())) {
      var e = gazetteer.byLabel(label);
      if (e.isPresent() && e.get().kind() == EntityKind.STATE) {
        return e.get();
      }
    }
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.kind() != EntityKind.STATE) {
        continue;
      }
      if (matches(adj, e.prefLabel()) || e.altLabels().stream().anyMatch(l -> matches(adj, l))) {
        return e;
      }
    }
    return null;
  }

  private static boolean matches(String adj, String label) {
    String l = label.toLowerCase(Locale.ROOT);
    if (l.contains(" ") || l.length() < 4) {
      return false;
    }
    String stem = l.endsWith("istan") ? l.substring(0, l.length() - 5)
        : l.endsWith("stan") ? l.substring(0, l.length() - 4) : null;
    return adj.equals(stem) || adj.equals(l + "i") || adj.equals(l + "n") || adj.equals(l + "an")
        || adj.equals(l + "ian") || (l.endsWith("a") && adj.equals(l.substring(0, l.length() - 1) + "an"))
        || (l.endsWith("y") && adj.equals(l.substring(0, l.length() - 1) + "ian"))
        || (l.endsWith("e") && adj.equals(l.substring(0, l.length() - 1) + "ian"));
  }
}

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
  private static final Map<String, List<String>> IRREGULAR =
      Map.of(
          "chinese", List.of("China"),
          "turkish", List.of("Türkiye", "Turkey"),
          "french", List.of("France"),
          "british", List.of("United Kingdom"),
          "german", List.of("Germany"),
          "dutch", List.of("Netherlands"),
          "swiss", List.of("Switzerland"));

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
        || (l.endsWith("y") && adj.equals(l.substring(0, l.length() - 1) + "ian"));
  }
}

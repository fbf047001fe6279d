package org.w3id.kazaz.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.extract.common.EntityRef;

/**
 * One node per organisation found by pattern, whatever the spelling: "Agency for the Development
 * of Small and Medium-sized Businesses" (Azerbaijan), "... of Azerbaijan" and "Small and
 * Medium-Sized Business Development Agency of Azerbaijan" are one body. The key is the set of
 * content words (stemmed, without function words, legal forms and the name of the body's own
 * state) with the state; every spelling of a key takes one canonical label, the same whichever
 * article came first.
 */
public final class EntityResolver {
  private static final Set<String> NOISE =
      Set.of("the", "of", "for", "and", "on", "in", "at", "jsc", "llp", "llc", "joint", "stock",
          "company", "non", "profit", "republic", "legal", "entity", "public", "law", "republican",
          "state", "institution");

  private EntityResolver() {}

  /** The identity of an entity found by pattern (null for a reference entity). */
  public static String key(EntityRef ref, Map<String, String> stateLabels) {
    if (ref.isKnown()) {
      return null;
    }
    if (ref.kind() == EntityKind.PERSON) {
      return personKey(ref.label());
    }
    String stateLabel = ref.stateIri() == null ? "" : stateLabels.getOrDefault(ref.stateIri(), "");
    Set<String> words = new TreeSet<>();
    for (String w : ref.label().toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty() || NOISE.contains(w) || w.equalsIgnoreCase(stateLabel)) {
        continue;
      }
      words.add(stem(w));
    }
    String group = ref.kind().isOrganisation() ? "org" : ref.kind().name();
    return group + "|" + ref.stateIri() + "|" + String.join(" ", words);
  }

  /**
   * A person by surname and first initial, both folded over the usual variants of romanised
   * Kazakh, Azerbaijani, Russian and Turkish names: diacritics ("Erdoğan", "Erdogan"), an initial "Ye"
   * ("Yerlan", "Erlan"), "iy" before a vowel ("Satkaliyev", "Satkaliev"), doubled letters
   * ("Almassadam", "Almasadam").
   */
  static String personKey(String name) {
    String[] words = name.strip().split("\\s+");
    String surname = fold(words[words.length - 1]);
    String first = words.length > 1 ? fold(words[0]).substring(0, 1) : "";
    return "PERSON|" + surname + " " + first;
  }

  static String fold(String word) {
    String w = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}]", "");
    w = w.replaceFirst("^ye", "e").replaceAll("iy(?=[aeiou])", "i").replaceAll("(\\p{L})\\1", "$1");
    return w.isEmpty() ? "_" : w;
  }

  private static String stem(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("es") && w.length() > 4 && w.matches(".*(ss|sh|ch|x)es")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /**
   * For every key, the label all its spellings share: the one that names the state (so that the
   * name says whose body it is), then the longest, then the first in alphabetical order.
   */
  public static Map<String, String> canonicalLabels(
      Collection<EntityRef> refs, Map<String, String> stateLabels) {
    Map<String, String> out = new HashMap<>();
    Comparator<String> better =
        Comparator.comparing((String l) -> stateLabels.values().stream().anyMatch(l::contains))
            .thenComparingInt(String::length)
            .thenComparing(Comparator.<String>reverseOrder());
    for (EntityRef r : refs) {
      String k = key(r, stateLabels);
      if (k != null) {
        out.merge(k, r.label(), (a, b) -> better.compare(a, b) >= 0 ? a : b);
      }
    }
    resolveStateless(out);
    return out;
  }

  /**
   * A body named without its state ("State Customs Committee") is the body of the same name whose
   * state is known ("State Customs Committee of Azerbaijan") when exactly one state has a body of
   * those words: the two spellings take one label, so one node.
   */
  static void resolveStateless(Map<String, String> labels) {
    Map<String, java.util.List<String>> stated = new HashMap<>();
    for (String k : labels.keySet()) {
      String[] f = k.split("\\|", 3);
      if (f.length == 3 && f[0].equals("org") && !f[1].equals("null") && !f[2].isEmpty()) {
        stated.computeIfAbsent(f[2], x -> new java.util.ArrayList<>()).add(k);
      }
    }
    for (String k : new TreeSet<>(labels.keySet())) {
      String[] f = k.split("\\|", 3);
      if (f.length == 3 && f[0].equals("org") && f[1].equals("null")) {
        java.util.List<String> same = stated.getOrDefault(f[2], java.util.List.of());
        if (same.size() == 1) {
          labels.put(k, labels.get(same.get(0)));
        }
      }
    }
  }

  /**
   * Short forms: an acronym ("APA") is the body of the same state whose name it abbreviates
   * ("Azerbaijani Press Agency"), when exactly one such name is known. Adds the acronym's key to
   * {@code labels} with that name.
   */
  public static void resolveAcronyms(
      Collection<EntityRef> refs, Map<String, String> stateLabels, Map<String, String> labels) {
    // names by group, state and initials, so that each acronym looks up its candidates at once
    Map<String, java.util.Set<String>> byInitials = new java.util.HashMap<>();
    labels.forEach((k, label) -> byInitials
        .computeIfAbsent(k.substring(0, k.lastIndexOf('|') + 1) + initials(label), x -> new java.util.TreeSet<>())
        .add(label));
    java.util.Set<String> done = new java.util.HashSet<>();
    for (EntityRef r : refs) {
      if (r.isKnown() || !r.label().matches("\\p{Lu}{2,6}")) {
        continue;
      }
      String key = key(r, stateLabels);
      if (!done.add(key)) {
        continue;
      }
      java.util.Set<String> names = new java.util.TreeSet<>(
          byInitials.getOrDefault(key.substring(0, key.lastIndexOf('|') + 1) + r.label(), java.util.Set.of()));
      names.remove(labels.get(key));
      names.remove(r.label());
      if (names.size() == 1) {
        labels.put(key, names.iterator().next());
      }
    }
  }

  /**
   * A one-word name that begins exactly one longer name of a body ("ACWA" of "ACWA Power", "Masdar"
   * of "Masdar of the United Arab Emirates") is that body, where the states do not disagree. Adds
   * the one-word name's key to {@code labels} with the longer body's label.
   */
  public static void resolvePrefixes(
      Collection<EntityRef> refs, Map<String, String> stateLabels, Map<String, String> labels) {
    Map<String, java.util.Set<String>> byFirstWord = new java.util.HashMap<>();
    Map<String, String> stateOfLabel = new java.util.HashMap<>();
    for (Map.Entry<String, String> e : labels.entrySet()) {
      String label = e.getValue();
      int sp = label.indexOf(' ');
      if (e.getKey().startsWith("org|") && sp > 0) {
        byFirstWord.computeIfAbsent(label.substring(0, sp), k -> new TreeSet<>()).add(label);
        stateOfLabel.put(label, e.getKey().split("\\|", 3)[1]);
      }
    }
    java.util.Set<String> done = new java.util.HashSet<>();
    for (EntityRef r : refs) {
      if (r.isKnown() || !r.kind().isOrganisation() || r.label().contains(" ") || !done.add(r.label())) {
        continue;
      }
      String key = key(r, stateLabels);
      java.util.Set<String> longer = new TreeSet<>(byFirstWord.getOrDefault(r.label(), java.util.Set.of()));
      String own = String.valueOf(r.stateIri());
      longer.removeIf(l -> !own.equals("null") && !stateOfLabel.get(l).equals("null") && !stateOfLabel.get(l).equals(own));
      if (longer.size() == 1 && key != null) {
        labels.put(key, longer.iterator().next());
      }
    }
  }

  /**
   * A name that ends a longer name of a body, with the same last word ("Business Council" of
   * "Kazakh-Azerbaijani Business Council", "Development Agency" of "Small and Medium Business
   * Development Agency"), is that body when exactly one such longer name is known and the states do
   * not disagree: the article names it in full once and short after. Where two bodies could be
   * meant, the short name stays a node of its own.
   */
  public static void resolveTails(Map<String, String> labels) {
    // only names with the same last word can be one another's tail: the candidates are blocked
    // by it, so the pairs compared grow with each block, not with the square of all the names
    Map<String, List<String>> byLastWord = new java.util.HashMap<>();
    for (String o : labels.keySet()) {
      String[] g = o.split("\\|", 3);
      if (g.length == 3 && g[0].equals("org")) {
        byLastWord.computeIfAbsent(lastWord(labels.get(o)), w -> new ArrayList<>()).add(o);
      }
    }
    Map<String, String> found = new java.util.TreeMap<>();
    for (String k : new TreeSet<>(labels.keySet())) {
      String[] f = k.split("\\|", 3);
      if (f.length < 3 || !f[0].equals("org") || f[2].split(" ").length < 2) {
        continue;
      }
      Set<String> words = Set.of(f[2].split(" "));
      java.util.Set<String> longer = new TreeSet<>();
      for (String o : byLastWord.getOrDefault(lastWord(labels.get(k)), List.of())) {
        String[] g = o.split("\\|", 3);
        if (o.equals(k) || !(f[1].equals("null") || f[1].equals(g[1]))) {
          continue;
        }
        Set<String> other = Set.of(g[2].split(" "));
        if (other.size() > words.size() && other.containsAll(words)) {
          longer.add(labels.get(o));
        }
      }
      if (longer.size() == 1) {
        found.put(k, longer.iterator().next());
      }
    }
    labels.putAll(found);
  }

  private static String lastWord(String label) {
    String[] w = label.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    return w.length == 0 ? "" : w[w.length - 1];
  }

    private static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[^\\p{L}]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

}

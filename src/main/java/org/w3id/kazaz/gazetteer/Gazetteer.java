package org.w3id.kazaz.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reference gazetteer in memory: looks up entries by IRI and by label, and finds every
 * label's occurrences in a text (longest match first, on word boundaries). Plain Java, no RDF: the
 * extractors use it without Jena.
 */
public final class Gazetteer {
  /** One occurrence of a label in a text. */
  public record Hit(GazetteerEntry entry, int start, int end, String text) {}

  private final List<GazetteerEntry> entries;
  private final Map<String, GazetteerEntry> byIri = new LinkedHashMap<>();
  private final Map<String, GazetteerEntry> byLabel = new LinkedHashMap<>();
  private final Map<String, GazetteerEntry> byFoldedLabel = new LinkedHashMap<>();
  /** Labels by their first word, longest first, each with the pattern that matches its spellings. */
  private final Map<String, List<Label>> byFirstWord = new java.util.HashMap<>();

  private record Label(String text, Pattern pattern) {}

  /** The capital city of each state that has one in the reference data, by the state's IRI. */
  private final Map<String, GazetteerEntry> capitals = new LinkedHashMap<>();

  public Gazetteer(List<GazetteerEntry> entries) {
    this(entries, Map.of());
  }

  /**
   * A gazetteer of {@code entries}, with {@code capitalOf} naming, for a city's IRI, the IRI of the
   * state it is the capital of (cities and states both among the entries).
   */
  public Gazetteer(List<GazetteerEntry> entries, Map<String, String> capitalOf) {
    this.entries = List.copyOf(entries);
    for (GazetteerEntry e : this.entries) {
      byIri.put(e.iri(), e);
      byLabel.putIfAbsent(e.prefLabel(), e);
    }
    new java.util.TreeMap<>(capitalOf).forEach((city, state) -> {
      GazetteerEntry c = byIri.get(city);
      if (c != null && byIri.containsKey(state)) {
        capitals.putIfAbsent(state, c);
      }
    });
    for (GazetteerEntry e : this.entries) {
      for (String alt : e.altLabels()) {
        byLabel.putIfAbsent(alt, e);
      }
    }
    byLabel.forEach((l, e) -> byFoldedLabel.putIfAbsent(fold(l), e));
    byLabel.keySet().stream()
        .filter(l -> !l.isBlank() && firstWord(l, 0) != null)
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(l -> l))
        .forEach(l -> byFirstWord
            .computeIfAbsent(firstWord(l, 0), k -> new ArrayList<>())
            .add(new Label(l, Pattern.compile(labelRegex(l)))));
  }

  /** The run of letters and digits at {@code from}, or null. */
  private static String firstWord(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return i == from ? null : s.substring(from, i);
  }

  /** A label as a regex: apostrophes and dashes match their typographic variants. */
  private static String labelRegex(String label) {
    StringBuilder sb = new StringBuilder();
    for (char c : label.toCharArray()) {
      if (c == '\'' || c == '’' || c == 'ʼ' || c == '‘') {
        sb.append("['’ʼ‘]");
      } else if (c == '-' || c == '–' || c == '—') {
        sb.append("[-–—]");
      } else if (c == ' ') {
        sb.append("\\s+");
      } else {
        sb.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return sb.toString();
  }

  /** Normalises typographic variants so a hit's text finds its entry. */
  static String fold(String s) {
    return s.replaceAll("['’ʼ‘]", "'").replaceAll("[–—]", "-").replaceAll("\\s+", " ");
  }

  public List<GazetteerEntry> entries() {
    return entries;
  }

  /** The capital city of the state {@code stateIri}, if the reference data gives it. */
  public Optional<GazetteerEntry> capitalOf(String stateIri) {
    return Optional.ofNullable(capitals.get(stateIri));
  }

    public Optional<GazetteerEntry> byIri(String iri) {
    return Optional.ofNullable(byIri.get(iri));
  }

  /** The entry whose preferred or alternative label is exactly {@code label}, if any. */
  public Optional<GazetteerEntry> byLabel(String label) {
    GazetteerEntry e = byLabel.get(label);
    return Optional.ofNullable(e != null ? e : byFoldedLabel.get(fold(label)));
  }

  /**
   * Every occurrence of any label in {@code text}, left to right, the longest label at each place,
   * on word boundaries. Only the labels that start with the word found at a place are tried there.
   */
  public List<Hit> findAll(String text) {
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      String word = firstWord(text, i);
      int next = i + word.length();
      List<Label> candidates = byFirstWord.get(word);
      if (candidates != null) {
        for (Label l : candidates) {
          Matcher m = l.pattern().matcher(text).region(i, n);
          if (m.lookingAt() && (m.end() == n || !Character.isLetterOrDigit(text.charAt(m.end())))) {
            GazetteerEntry e = byLabel.get(l.text());
            hits.add(new Hit(e, i, m.end(), m.group()));
            next = m.end();
            break;
          }
        }
      }
      i = next;
    }
    return hits;
  }
}

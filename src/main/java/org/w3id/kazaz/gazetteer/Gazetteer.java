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
  private final Pattern any;

  public Gazetteer(List<GazetteerEntry> entries) {
    this.entries = List.copyOf(entries);
    for (GazetteerEntry e : this.entries) {
      byIri.put(e.iri(), e);
      byLabel.putIfAbsent(e.prefLabel(), e);
    }
    for (GazetteerEntry e : this.entries) {
      for (String alt : e.altLabels()) {
        byLabel.putIfAbsent(alt, e);
      }
    }
    byLabel.forEach((l, e) -> byFoldedLabel.putIfAbsent(fold(l), e));
    String alternation =
        byLabel.keySet().stream()
            .filter(l -> !l.isBlank())
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(l -> l))
            .map(Gazetteer::labelRegex)
            .collect(Collectors.joining("|"));
    this.any =
        alternation.isEmpty()
            ? null
            : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
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

  public Optional<GazetteerEntry> byIri(String iri) {
    return Optional.ofNullable(byIri.get(iri));
  }

  /** The entry whose preferred or alternative label is exactly {@code label}, if any. */
  public Optional<GazetteerEntry> byLabel(String label) {
    GazetteerEntry e = byLabel.get(label);
    return Optional.ofNullable(e != null ? e : byFoldedLabel.get(fold(label)));
  }

  /** Every occurrence of any label in {@code text}, left to right, longest label first. */
  public List<Hit> findAll(String text) {
    List<Hit> hits = new ArrayList<>();
    if (any == null) {
      return hits;
    }
    Matcher m = any.matcher(text);
    while (m.find()) {
      byLabel(m.group()).ifPresent(e -> hits.add(new Hit(e, m.start(), m.end(), m.group())));
    }
    return hits;
  }
}

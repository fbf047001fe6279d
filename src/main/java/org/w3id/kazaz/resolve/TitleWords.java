package org.w3id.kazaz.resolve;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The content words of a title or name, crudely stemmed ("cultural" and "culture" both give
 * "cultur"), without function words, document-type words and the two states' names, which every
 * title of this domain shares.
 */
final class TitleWords {
  private static final Set<String> STOP =
      Set.of(
          "the", "of", "and", "on", "in", "for", "to", "between", "a", "an", "with", "within", "by",
          "at", "its", "their", "field", "framework", "regarding", "under", "from", "as", "about",
          "memorandum", "understanding", "mou", "agreement", "protocol", "action", "plan",
          "roadmap", "decision", "declaration", "statement", "joint", "programme", "program",
          "treaty", "republic", "kazakhstan", "azerbaijan", "jsc", "llp", "company", "stock",
          "legal", "entity", "public", "law");

  private TitleWords() {}

  static Set<String> of(String text) {
    Set<String> out = new TreeSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() < 2 || STOP.contains(w)) {
        continue;
      }
      if (w.endsWith("s") && w.length() > 3) {
        w = w.substring(0, w.length() - 1);
      }
      out.add(w.length() > 6 ? w.substring(0, 6) : w);
    }
    return out;
  }

  /** Shared words over the size of the smaller set: 1 when one title's words are all in the other. */
  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    long shared = a.stream().filter(b::contains).count();
    return (double) shared / Math.min(a.size(), b.size());
  }
}

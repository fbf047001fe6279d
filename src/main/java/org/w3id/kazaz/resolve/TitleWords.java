package org.w3id.kazaz.resolve;

import java.util.Locale;
import java.util.Map;
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

  /**
   * Shared words over the smaller title's words, each word weighted by how rare it is among the
   * titles compared ({@code df}: in how many titles a word occurs). Words of a single title cannot
   * be shared and do not count; words of many titles ("cooperation", "development") count little.
   */
  static double overlap(Set<String> a, Set<String> b, Map<String, Integer> df) {
    double wa = weight(a, df);
    double wb = weight(b, df);
    if (wa == 0 || wb == 0) {
      return 0;
    }
    double shared = 0;
    for (String w : a) {
      if (b.contains(w)) {
        shared += 1.0 / df.getOrDefault(w, 1);
      }
    }
    return shared / Math.min(wa, wb);
  }

  private static double weight(Set<String> words, Map<String, Integer> df) {
    double sum = 0;
    for (String w : words) {
      int n = df.getOrDefault(w, 1);
      if (n > 1) {
        sum += 1.0 / n;
      }
    }
    return sum;
  }
}

package org.w3id.kazaz.report;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Name normalisation and content words, as the gold README's matching rules define them. */
final class Names {
  /** Words a title or indicator may share without saying anything about its content. */
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a",
          "an",
          "the",
          "of",
          "and",
          "on",
          "in",
          "for",
          "to",
          "with",
          "by",
          "at",
          "from",
          "between",
          "within",
          "under",
          "regarding",
          "its",
          "their",
          "as",
          "or",
          "into",
          "this",
          "that",
          "field");

  private Names() {}

  /**
   * Case-folded, apostrophes dropped ("Xi’an" = "Xian"), other punctuation turned into spaces
   * ("Samruk-Kazyna" = "Samruk Kazyna"), the phrase "of the Republic" and the words "the", "JSC",
   * "LLP" removed, spaces collapsed.
   */
  static String normalise(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replaceAll("['’‘`´]", "");
    s = s.replaceAll("[^\\p{L}\\p{N}]+", " ");
    s = (" " + s + " ").replace(" of the republic ", " ");
    s = s.replaceAll(" (the|jsc|llp)(?= )", "");
    return s.strip().replaceAll(" +", " ");
  }

  /** The lower-case words of {@code text} that are not stop words, in order of appearance. */
  static Set<String> contentWords(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    for (String w : normalise(text).split(" ")) {
      if (!w.isEmpty() && !STOP_WORDS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * True when two titles share at least {@code threshold} of their content words, measured against
   * the longer of the two (so a short title cannot match a long one by being its subset).
   */
  static boolean shareWords(String a, String b, double threshold) {
    Set<String> wa = contentWords(a);
    Set<String> wb = contentWords(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    long shared = wa.stream().filter(wb::contains).count();
    return shared >= threshold * Math.max(wa.size(), wb.size());
  }
}

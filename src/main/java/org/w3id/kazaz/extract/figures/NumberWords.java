package org.w3id.kazaz.extract.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers written as words or figures, for the few places where CoreNLP gives no number: inside a
 * word ("fourfold") and in plain text that was not annotated ({@link Quantities#findAll(String)}).
 * Everywhere else the number is CoreNLP's normalised value.
 */
final class NumberWords {
  static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
          Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
          Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
          Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
          Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
          Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
          Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
          Map.entry("hundred", 100), Map.entry("dozen", 12));

  /** The words of {@link #WORDS} as a regex alternation. */
  static final String WORD =
      "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|dozen)";

  /** A number in figures: "540,000", "2.5", "7 000". */
  static final String DIGITS = "(?:\\d{1,3}(?:[,\\u00a0\\u202f]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";

  private NumberWords() {}

  /** The value of a number written in figures or as a word; null if it is neither. */
  static BigDecimal parse(String s) {
    String t = s.toLowerCase(Locale.ROOT).replaceAll("[,\\u00a0\\u202f]", "").trim();
    Integer w = WORDS.get(t);
    if (w != null) {
      return BigDecimal.valueOf(w);
    }
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

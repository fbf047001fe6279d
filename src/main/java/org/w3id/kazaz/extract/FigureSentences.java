package org.w3id.kazaz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small sentence splitter for the figure and route extractors: a sentence ends at a blank line or
 * line break, or at {@code . ! ?} followed by space and a capital, a digit or a quote, unless the
 * full stop closes a short abbreviation ("U.S.", "No.", "Mr."). Package-private on purpose: the
 * project's shared splitter is another class; this one only serves these two extractors.
 */
final class FigureSentences {
  private static final Pattern END =
      Pattern.compile("[.!?]+[”\"’)]*(?=\\s+[\\p{Lu}\\p{N}“\"‘(])|\\s*\\n\\s*");
  private static final Pattern ABBREV =
      Pattern.compile("(?:\\b\\p{Lu}|\\b(?:No|Nos|Mr|Mrs|Ms|Dr|St|Jr|Co|Inc|Ltd|vs|etc|approx))\\.$");

  private FigureSentences() {}

  /** The sentences of {@code text} between {@code from} and {@code to}, trimmed, as spans. */
  static List<Span> split(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    Matcher m = END.matcher(text).region(from, to);
    int start = from;
    while (m.find()) {
      String stop = m.group();
      if (stop.startsWith(".") && ABBREV.matcher(text.substring(Math.max(from, m.start() - 6), m.start() + 1)).find()) {
        continue;
      }
      int end = stop.contains("\n") ? m.start() : m.start() + stop.strip().length();
      add(out, text, start, end);
      start = m.end();
    }
    add(out, text, start, to);
    return out;
  }

  private static void add(List<Span> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end, text.substring(start, end)));
    }
  }
}

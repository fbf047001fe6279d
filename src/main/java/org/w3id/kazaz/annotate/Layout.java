package org.w3id.kazaz.annotate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line and list structure of an article, which CoreNLP's sentence splitter does not see: a news
 * page breaks lines in odd places (to be joined), puts documents in numbered or bulleted lines, and
 * lists them after a colon separated by semicolons (each item a unit of its own). {@link #prepare}
 * returns a copy of the text of the same length, so that every offset stays an offset into the
 * article, in which a line break joined inside a block is a space and every boundary of a block, a
 * list item, a byline or a caption is a line break. CoreNLP then splits it with
 * {@code ssplit.newlineIsSentenceBreak=always} and finds the sentence ends inside each block itself.
 */
public final class Layout {
  /** A list marker at the start of a span: "1.", "12)", "-", "•", "*" (an item's title begins after it). */
  public static final Pattern MARKER =
      Pattern.compile("^(?:\\(?\\d{1,2}[.)](?!\\d)|[-–—•*●▪](?=\\s))\\s*");

  /** A line that starts a list item: "1.", "12)", "(3)", "-", "•", "*". */
  private static final Pattern LINE_MARKER =
      Pattern.compile("^[ \\t]*(?:\\(?\\d{1,2}[.)](?!\\d)\\s*\\S|[-–—•*●▪]\\s+\\S)");
  /** Closing punctuation at the end of a line: the block ends there. */
  private static final Pattern CLOSED = Pattern.compile("(?s).*[.;:!?\"”»\\]]\\s*$");
  private static final Pattern BYLINE = Pattern.compile("\\s/{2,}\\s*\\p{L}");
  private static final Pattern CAPTION = Pattern.compile("\\s\\[[^\\]\\n]{1,120}\\]\\s*$");

  private Layout() {}

  /** The text between {@code from} and {@code to}, laid out for the sentence splitter. */
  public static String prepare(String text, int from, int to) {
    char[] out = text.substring(from, to).toCharArray();
    boolean afterColon = false;
    for (int[] block : blocks(text, from, to)) {
      for (int i = block[0]; i < block[1]; i++) {
        if (out[i - from] == '\n' || out[i - from] == '\r') {
          out[i - from] = ' ';
        }
      }
      String b = text.substring(block[0], block[1]);
      markList(b, block[0] - from, afterColon, out);
      markOff(BYLINE.matcher(b), block[0] - from, out);
      markOff(CAPTION.matcher(b), block[0] - from, out);
      afterColon = b.stripTrailing().endsWith(":");
    }
    return new String(out);
  }

  /** A line break at the white space that opens a byline or a caption. */
  private static void markOff(Matcher m, int base, char[] out) {
    if (m.find() && m.start() > 0) {
      out[base + m.start()] = '\n';
    }
  }

  /** Blocks: paragraphs and list items, with their line breaks in odd places still inside. */
  private static java.util.List<int[]> blocks(String text, int from, int to) {
    java.util.List<int[]> blocks = new java.util.ArrayList<>();
    int start = from;
    int lineStart = from;
    boolean blank = false;
    for (int i = from; i <= to; i++) {
      if (i < to && text.charAt(i) != '\n') {
        continue;
      }
      String line = text.substring(lineStart, i);
      if (line.isBlank()) {
        blank = true;
      } else {
        String before = text.substring(start, lineStart).strip();
        boolean cut =
            !before.isEmpty()
                && (blank || LINE_MARKER.matcher(line).find() || CLOSED.matcher(before).matches());
        if (cut) {
          blocks.add(new int[] {start, lineStart - 1});
          start = lineStart;
        }
        blank = false;
      }
      lineStart = i + 1;
    }
    blocks.add(new int[] {start, to});
    return blocks;
  }

  /**
   * In a block that is (or continues) a list, a line break after the colon that opens it and after
   * each semicolon outside quotes.
   */
  private static void markList(String block, int base, boolean afterColon, char[] out) {
    int colon = listColon(block);
    int start = 0;
    if (colon >= 0) {
      breakAfter(block, colon, base, out);
      start = colon + 1;
    } else if (!afterColon || block.indexOf(';') < 0) {
      return;
    }
    int quote = 0;
    for (int i = start; i < block.length(); i++) {
      char c = block.charAt(i);
      if (c == '“' || c == '«') {
        quote++;
      } else if ((c == '”' || c == '»') && quote > 0) {
        quote--;
      } else if (c == ';' && quote == 0) {
        breakAfter(block, i, base, out);
      }
    }
  }

  private static void breakAfter(String block, int at, int base, char[] out) {
    if (at + 1 < block.length() && Character.isWhitespace(block.charAt(at + 1))) {
      out[base + at + 1] = '\n';
    }
  }

  /** The colon that opens a ";" list in the block, or -1. */
  private static int listColon(String block) {
    int colon = block.indexOf(':');
    while (colon >= 0) {
      int semi = block.indexOf(';', colon);
      if (semi > 0 && !block.substring(colon, semi).matches("(?s).*[.!?]\\s+\\p{Lu}.*")) {
        return colon;
      }
      colon = block.indexOf(':', colon + 1);
    }
    return -1;
  }
}

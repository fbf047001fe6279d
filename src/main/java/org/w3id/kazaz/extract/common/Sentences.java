package org.w3id.kazaz.extract.common;

import org.w3id.kazaz.annotate.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences and list items, with offsets into the text given. A block ends at a
 * blank line, at a line that starts with a list marker ("1.Decision", "2) ...", "- ..."), and at a line
 * break after closing punctuation; any other line break is taken as a break in an odd place and
 * joined. Inside a block, a list of items separated by ";" is split when it follows a colon (in the
 * same block or at the end of the block before); sentences end at ".", "!" or "?" before a capital,
 * a digit or a quote, except after abbreviations ("No.", "Mr.", "Jan.") and initials ("K."). A
 * trailing byline ("///Outlet, date") and a bracketed caption ("[photo credit – X]") are spans of
 * their own.
 */
public final class Sentences {
  /** A list marker at the start of a line or span: "1.", "12)", "-", "•", "*". */
  public static final Pattern MARKER =
      Pattern.compile("^(?:\\(?\\d{1,2}[.)](?!\\d)|[-–—•*●▪](?=\\s))\\s*");

  private static final Pattern LINE_MARKER =
      Pattern.compile("^[ \\t]*(?:\\(?\\d{1,2}[.)](?!\\d)\\s*\\S|[-–—•*●▪]\\s+\\S)");
  private static final Pattern END =
      Pattern.compile("[.!?…]+[\"”’»)\\]]*(?=\\s+[\\p{Lu}\\p{N}\"“‘«(\\[])");
  private static final Pattern BYLINE = Pattern.compile("\\s*/{2,}\\s*\\p{L}");
  private static final Pattern CAPTION = Pattern.compile("\\s*\\[[^\\]\\n]{1,120}\\]\\s*$");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "nr", "art", "inc", "ltd", "co", "corp",
          "jr", "sr", "vs", "e.g", "i.e", "approx", "gen", "sen", "rep", "gov", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "fig", "vol", "p", "pp", "ca", "cf", "dept", "univ", "km", "mln", "bln", "ave", "blvd");

  private Sentences() {}

  /** Sentences and list items of the whole text. */
  public static List<Span> split(String text) {
    return split(text, 0, text.length());
  }

  /** Sentences and list items of {@code text[from, to)}, with offsets into {@code text}. */
  public static List<Span> split(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    boolean afterColon = false;
    for (int[] block : blocks(text, from, to)) {
      List<int[]> pieces = new ArrayList<>();
      splitList(text, block[0], block[1], afterColon, pieces);
      for (int[] p : pieces) {
        splitSentences(text, p[0], p[1], out);
      }
      afterColon = text.substring(block[0], block[1]).stripTrailing().endsWith(":");
    }
    return out;
  }

  /** Blocks: paragraphs and list items, line breaks in odd places joined. */
  private static List<int[]> blocks(String text, int from, int to) {
    List<int[]> blocks = new ArrayList<>();
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
                && (blank
                    || LINE_MARKER.matcher(line).find()
                    || before.matches("(?s).*[.;:!?\"”»\\]]$"));
        if (cut) {
          blocks.add(new int[] {start, lineStart});
          start = lineStart;
        }
        blank = false;
      }
      lineStart = i + 1;
    }
    blocks.add(new int[] {start, to});
    blocks.removeIf(b -> text.substring(b[0], b[1]).isBlank());
    return blocks;
  }

  /** Splits a block at a colon and semicolons when it is (or continues) a list. */
  private static void splitList(String text, int from, int to, boolean afterColon, List<int[]> out) {
    String block = text.substring(from, to);
    int colon = listColon(block);
    int start = from;
    if (colon >= 0) {
      out.add(new int[] {from, from + colon + 1});
      start = from + colon + 1;
    } else if (!afterColon || block.indexOf(';') < 0) {
      out.add(new int[] {from, to});
      return;
    }
    int quote = 0;
    for (int i = start; i < to; i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '«') {
        quote++;
      } else if ((c == '”' || c == '»') && quote > 0) {
        quote--;
      } else if (c == ';' && quote == 0) {
        out.add(new int[] {start, i + 1});
        start = i + 1;
      }
    }
    out.add(new int[] {start, to});
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

  /** Sentence ends inside one piece; also cuts off a byline and a bracketed caption. */
  private static void splitSentences(String text, int from, int to, List<Span> out) {
    String piece = text.substring(from, to);
    Matcher cap = CAPTION.matcher(piece);
    if (cap.find() && cap.start() > 0) {
      splitSentences(text, from, from + cap.start(), out);
      add(text, from + cap.start(), to, out);
      return;
    }
    Matcher by = BYLINE.matcher(piece);
    if (by.find() && by.start() > 0) {
      splitSentences(text, from, from + by.start(), out);
      add(text, from + by.start(), to, out);
      return;
    }
    Matcher m = END.matcher(piece);
    int start = 0;
    while (m.find()) {
      if (m.group().startsWith(".")
          && (abbreviation(piece, m.start()) || piece.substring(start, m.start()).matches("\\s*\\(?\\d{1,2}"))) {
        continue;
      }
      add(text, from + start, from + m.end(), out);
      start = m.end();
    }
    add(text, from + start, to, out);
  }

  /** Whether the period at {@code dot} ends an abbreviation or an initial rather than a sentence. */
  private static boolean abbreviation(String piece, int dot) {
    int w = dot;
    while (w > 0 && (Character.isLetter(piece.charAt(w - 1)) || piece.charAt(w - 1) == '.')) {
      w--;
    }
    String word = piece.substring(w, dot);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "K. Tokayev"
    }
    if (word.contains(".")) {
      return true; // "U.S", "e.g"
    }
    return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static void add(String text, int from, int to, List<Span> out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new Span(from, to, text.substring(from, to)));
    }
  }
}

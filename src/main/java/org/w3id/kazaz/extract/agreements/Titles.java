package org.w3id.kazaz.extract.agreements;

import org.w3id.kazaz.annotate.Layout;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a document's title ends, and the title cleaned of numbering, bylines and end marks. */
final class Titles {
  private static final Pattern TAIL =
      Pattern.compile("(?:\\s*/{2,}.*|\\s*\\[[^\\]]*\\]\\s*|\\s+[–—-]\\s+\\p{Ll}.*|[\\s;.,:]+)$", Pattern.DOTALL);
  private static final Pattern PROSE_END =
      Pattern.compile(
          ",\\s|;|:|\\.(?=\\s|$)|\\s+/{2,}|\\s+(?:was|were|is|are|has|have|had|will|would|which|that|signed|issued"
              + "|adopted|concluded|during|following|after|at|by|as|amid|became|becomes|last|this|in\\s+order"
              + "|and\\s+(?:issued|signed|adopted|agreed|also|noted|said|stressed|approved)"
              + "|and\\s+(?:a|an|the)\\s+(?=(?:[\\p{Lu}][\\p{L}-]*\\s+){0,3}" + headText() + "))\\b");
  private static final Pattern AUXILIARY = Pattern.compile("(?i)\\s+(?:was|were|is|are|has|have|had)");
  private static final Pattern SUBORDINATE = Pattern.compile("(?i)\\b(?:when|where|whereby|if|once)\\s+[^,;:]*$");
  private static final Pattern IN_ON = Pattern.compile("(?i)\\s+(?:in|on|at)\\s+(?:the\\s+(?:city\\s+of\\s+)?)?$");

  private Titles() {}

  private static String headText() {
    String p = DocumentHeads.HEAD.pattern();
    return "(?i:" + p.substring(2) + ")";
  }

  /**
   * The end of a list item's title: before a byline, a caption, a remark after a dash ("... Green
   * Energy – signed by the three Presidents") and the closing marks.
   */
  static int end(String text, int start, int end) {
    String s = text.substring(start, end);
    while (true) {
      Matcher m = TAIL.matcher(s);
      if (!m.find() || m.start() == s.length()) {
        break;
      }
      s = s.substring(0, m.start());
    }
    int byline = s.indexOf("///");
    if (byline >= 0) {
      s = s.substring(0, byline).stripTrailing();
    }
    return start + s.length();
  }

  /**
   * The end of a title in prose starting before {@code from}: at a verb, a clause, a sentence end,
   * or a date or city written with "in" or "on" (given as {@code stops}, offsets into text).
   */
  static int proseEnd(String text, int from, int limit, int[] stops) {
    String s = text.substring(from, limit);
    boolean[] quoted = Parties.quoted(s);
    int end = limit;
    Matcher m = PROSE_END.matcher(s);
    boolean skipped = false;
    int apposition = -1;
    while (m.find()) {
      if (quoted[m.start()] || m.start() < apposition) {
        continue;
      }
      Matcher ahead = APPOSITION_AHEAD.matcher(s.substring(m.start()));
      if (s.charAt(m.start()) == ',' && ahead.find()) {
        apposition = m.start() + ahead.end(); // ", the Aktobe-based export centre, and ...": a party's
        continue;
      }
      if (!skipped && AUXILIARY.matcher(m.group()).matches() && SUBORDINATE.matcher(s.substring(0, m.start())).find()) {
        skipped = true; // "liability when container trains are moved": the verb of the title's own clause
        continue;
      }
      end = from + m.start();
      break;
    }
    for (int stop : stops) {
      if (stop >= from && stop < end && IN_ON.matcher(text.substring(from, stop)).find()) {
        Matcher in = IN_ON.matcher(text.substring(from, stop));
        in.find();
        end = from + in.start();
      }
    }
    return end;
  }

  /** ", 1.5 million tons a year", ", covering ...": a remark after a list's title, not its words. */
  private static final Pattern REMARK =
      Pattern.compile("(?<!\\d),\\s+(?=\\d|(?:up\\s+to|covering|worth|providing|valued|with\\s+a\\s+(?:value|capacity))\\b)");

  /** ", the|a ... ," (lower-case words) before "and": an appositive of the party named before it. */
  private static final String APPOSITION =
      ",\\s+(?:the|a|an)\\s+(?:[\\p{Ll}\\p{N}][\\p{L}\\p{N}'’-]*\\s+|\\p{Lu}[\\p{L}-]*-based\\s+){1,8}?[\\p{Ll}][\\p{L}'’-]*,\\s+(?=and\\s)";
  private static final Pattern APPOSITIVE = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}'’.-]*)" + APPOSITION);
  private static final Pattern APPOSITION_AHEAD = Pattern.compile("\\A" + APPOSITION);

  /** A title as written, on one line, without list numbering, byline, remark or closing marks. */
  static String clean(String s) {
    String t = Layout.MARKER.matcher(s.strip()).replaceFirst("");
    boolean[] quoted = Parties.quoted(t);
    Matcher remark = REMARK.matcher(t);
    while (remark.find()) {
      if (!quoted[remark.start()]) {
        t = t.substring(0, remark.start());
        break;
      }
    }
    int byline = t.indexOf("///");
    if (byline >= 0) {
      t = t.substring(0, byline);
    }
    t = t.replaceAll("\\s+", " ").strip();
    // "between Steppe Trade, the Aktobe-based export centre, and the Sumgait Chamber": the
    // appositive describes a party; the title names the parties
    t = APPOSITIVE.matcher(t).replaceAll("$1 ");
    Matcher m = TAIL.matcher(t);
    while (m.find() && m.start() < t.length()) {
      t = t.substring(0, m.start()).strip();
      m = TAIL.matcher(t);
    }
    return t;
  }
}

package org.w3id.kazaz.extract.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in running text and resolves them as a reader does, against the article's date:
 * "today", "on March 11", "March 11-12", "on November 14 last year", "11 March 2024", "last year", "in August last year", "by the
 * end of last year", "in November", "dated April 3, 2017", "this year", "in 2022". Where only a year
 * or a month is known, that is the precision kept; no day is invented. A month named without a year
 * is taken in the article's year.
 */
public final class DateResolver {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
          Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6),
          Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
          Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
          Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|(?!\\p{L}))";
  private static final String DASH = "\\s*[-–—]\\s*";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final String REL_YEAR = "(this|last|next|previous|past)\\s+year";

  /** Alternatives, most specific first; each names its groups. */
  private static final Pattern DATE =
      Pattern.compile(
          String.join(
              "|",
              // 11 March 2024 / 11-12 March 2024 / 20 to 24 November / 11 March
              "(?<dmy>\\b(?<d1>\\d{1,2})(?:(?:" + DASH + "|\\s+(?:to|and|through|until|till)\\s+)(?<d2>\\d{1,2}))?\\s+(?<m1>" + MONTH
                  + ")(?:,?\\s+(?:" + YEAR.replaceFirst("\\(", "(?<y1>") + "|(?<r3>this|last|next|previous|past)\\s+year))?)",
              // March 11, 2024 / March 11-12 / April 3, 2017
              "(?<mdy>\\b(?<m2>" + MONTH + ")\\s+(?<d3>\\d{1,2})(?:st|nd|rd|th)?(?:" + DASH
                  + "(?<d4>\\d{1,2}))?(?!\\d)(?:,?\\s+(?:" + YEAR.replaceFirst("\\(", "(?<y2>")
                  + "|(?<r4>this|last|next|previous|past)\\s+year))?)",
              // August last year / November 2023 / in November
              "(?<my>\\b(?<m3>" + MONTH + ")(?:\\s+(?:of\\s+)?(?:" + YEAR.replaceFirst("\\(", "(?<y3>")
                  + "|(?<r1>this|last|next|previous|past)\\s+year))?)",
              // (by the end of) last year / this year
              "(?<ry>\\b(?<r2>this|last|next|previous|past)\\s+year)",
              // today / yesterday / tomorrow
              "(?<rel>\\b(?<w>today|yesterday|tomorrow)\\b)",
              // 2024-03-11
              "(?<iso>\\b(?<iy>(?:19|20)\\d{2})-(?<im>\\d{2})-(?<id>\\d{2})\\b)",
              // in 2022 / since 2020 / 2024-2026 is a period, not a date: only a year after a cue
              "(?<yr>\\b(?:in|since|from|of|by|until|till|before|after)\\s+(?<y4>(?:19|20)\\d{2})\\b(?![-–]\\d))"),
          Pattern.CASE_INSENSITIVE);

  private DateResolver() {}

  /** Every date phrase in {@code text}, in order, resolved against {@code articleDate}. */
  public static List<DateMention> findAll(String text, LocalDate articleDate) {
    List<DateMention> out = new ArrayList<>();
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      DateMention dm = resolve(text, m, articleDate);
      if (dm != null) {
        out.add(dm);
      }
    }
    return out;
  }

  /** The first date in {@code text}, or null. */
  public static DateMention first(String text, LocalDate articleDate) {
    List<DateMention> all = findAll(text, articleDate);
    return all.isEmpty() ? null : all.get(0);
  }

  private static DateMention resolve(String text, Matcher m, LocalDate ref) {
    try {
      if (m.group("dmy") != null) {
        int month = month(m.group("m1"));
        int year = m.group("y1") != null ? Integer.parseInt(m.group("y1"))
            : m.group("r3") != null ? relativeYear(m.group("r3"), ref) : ref.getYear();
        return range(m, "dmy", year, month, m.group("d1"), m.group("d2"));
      }
      if (m.group("mdy") != null) {
        int month = month(m.group("m2"));
        int year = m.group("y2") != null ? Integer.parseInt(m.group("y2"))
            : m.group("r4") != null ? relativeYear(m.group("r4"), ref) : ref.getYear();
        return range(m, "mdy", year, month, m.group("d3"), m.group("d4"));
      }
      if (m.group("my") != null) {
        String word = m.group("m3");
        boolean hasYear = m.group("y3") != null || m.group("r1") != null;
        // "May", "March" and friends are ordinary words too: without a year take only a capitalised
        // full month name that follows "in", "by", "since", "until" or "from".
        if (!hasYear && !precededByCue(text, m.start("my"), word)) {
          return null;
        }
        int month = month(word);
        int year =
            m.group("y3") != null
                ? Integer.parseInt(m.group("y3"))
                : m.group("r1") != null ? relativeYear(m.group("r1"), ref) : ref.getYear();
        return new DateMention(PartialDate.ofMonth(year, month), null, m.start(), m.end(), m.group());
      }
      if (m.group("ry") != null) {
        int year = relativeYear(m.group("r2"), ref);
        return new DateMention(PartialDate.ofYear(year), null, m.start(), m.end(), m.group());
      }
      if (m.group("rel") != null) {
        String w = m.group("w").toLowerCase(Locale.ROOT);
        LocalDate d = w.equals("today") ? ref : w.equals("yesterday") ? ref.minusDays(1) : ref.plusDays(1);
        return new DateMention(PartialDate.of(d), null, m.start(), m.end(), m.group());
      }
      if (m.group("iso") != null) {
        PartialDate d =
            new PartialDate(
                Integer.parseInt(m.group("iy")),
                Integer.parseInt(m.group("im")),
                Integer.parseInt(m.group("id")));
        return new DateMention(d, null, m.start(), m.end(), m.group());
      }
      if (m.group("yr") != null) {
        return new DateMention(
            PartialDate.ofYear(Integer.parseInt(m.group("y4"))),
            null,
            m.start("y4"),
            m.end(),
            m.group("y4"));
      }
    } catch (RuntimeException impossible) {
      return null; // "31 February" and the like: not a date
    }
    return null;
  }

  private static final Pattern CUE =
      Pattern.compile("(?:\\bin|\\bby|\\bsince|\\buntil|\\bfrom|\\bearly|\\blate|\\bmid-?|\\bduring|\\bend of)\\s*$",
          Pattern.CASE_INSENSITIVE);

  private static boolean precededByCue(String text, int start, String word) {
    if (!Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    return CUE.matcher(text.substring(Math.max(0, start - 12), start)).find();
  }

  private static DateMention range(Matcher m, String group, int year, int month, String d1, String d2) {
    PartialDate start = new PartialDate(year, month, Integer.parseInt(d1));
    PartialDate end = d2 == null ? null : new PartialDate(year, month, Integer.parseInt(d2));
    return new DateMention(start, end, m.start(group), m.end(group), m.group(group));
  }

  private static int month(String word) {
    return MONTHS.get(word.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  private static int relativeYear(String word, LocalDate ref) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "last", "previous", "past" -> ref.getYear() - 1;
      case "next" -> ref.getYear() + 1;
      default -> ref.getYear();
    };
  }
}

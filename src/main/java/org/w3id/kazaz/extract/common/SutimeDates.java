package org.w3id.kazaz.extract.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.annotate.NamedEntity;
import org.w3id.kazaz.annotate.Sentence;
import org.w3id.kazaz.annotate.Token;

/**
 * The dates SUTime resolved in a stretch of an annotated article ("today", "on Tuesday", "August
 * last year", "March 11 this year"), at the precision its value gives ({@code 2024-03-11},
 * {@code 2022-08}, {@code 2024}); references without a date ({@code PRESENT_REF}, {@code XXXX-03})
 * are left out. One slip of SUTime is guarded: a month and day without a year in a sentence told in
 * the past ("met on January 27" in an article of January 30) that it placed more than a week after
 * the article's date is the year before.
 */
public final class SutimeDates {
  private static final Pattern VALUE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$");
  private static final Pattern TIMESTAMP = Pattern.compile("^[,\\s|–-]{0,3}\\d{1,2}:\\d{2}\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b|\\byear\\b", Pattern.CASE_INSENSITIVE);

  private SutimeDates() {}

  /**
   * The dates written in {@code [from, to)}, with offsets relative to {@code from}: SUTime's values,
   * and the patterns of {@link DateResolver} for the ranges ("March 11-12") SUTime reads as two
   * dates or not at all, in text order; where both read the same words, the pattern's reading
   * (which keeps a range) wins.
   */
  public static List<DateMention> written(AnnotatedArticle doc, int from, int to) {
    String text = doc.text();
    List<DateMention> all = new ArrayList<>(DateResolver.findAll(text.substring(from, to), doc.article().date()));
    for (DateMention s : find(doc, from, to)) {
      if (all.stream().noneMatch(d -> d.begin() < s.finish() && s.begin() < d.finish())) {
        all.add(s);
      }
    }
    all.sort(java.util.Comparator.comparingInt(DateMention::begin));
    List<DateMention> out = new ArrayList<>();
    for (DateMention d : all) {
      int after = from + d.finish();
      if (TIMESTAMP.matcher(text.substring(after, Math.min(text.length(), after + 12))).find()) {
        continue; // "25 August 2022 14:05": when the page was published, not when anything happened
      }
      out.add(anaphoric(doc, from, pastYear(doc, from, weekdayAlone(doc, from, d))));
    }
    return sameYear(doc, from, out);
  }

  /**
   * "Published on October 9, 2023 – days after Baku hosted the congress on October 2-6": a day
   * written without its year in a sentence that writes another day with its year, within a month
   * of it, takes that year rather than the article's.
   */
  private static List<DateMention> sameYear(AnnotatedArticle doc, int from, List<DateMention> found) {
    List<DateMention> out = new ArrayList<>(found);
    for (int i = 0; i < out.size(); i++) {
      DateMention d = out.get(i);
      if (YEAR.matcher(d.phrase()).find() || !d.start().isFullDate()) {
        continue;
      }
      Sentence s = doc.sentenceAt(from + d.begin());
      Integer year = null;
      boolean one = true;
      for (DateMention o : out) {
        Sentence os = doc.sentenceAt(from + o.begin());
        if (o != d && os == s && o.start().isFullDate() && WRITTEN_YEAR.matcher(o.phrase()).find()
            && near(shifted(d.start(), o.start().year() - d.start().year()), o.start())) {
          one &= year == null || year == o.start().year();
          year = o.start().year();
        }
      }
      if (year != null && one && year != d.start().year()) {
        int shift = year - d.start().year();
        out.set(i, new DateMention(shifted(d.start(), shift), d.end() == null ? null : shifted(d.end(), shift),
            d.begin(), d.finish(), d.phrase()));
      }
    }
    return out;
  }

  /** Two days within a month of each other: the events of one news story. */
  private static boolean near(PartialDate a, PartialDate b) {
    try {
      LocalDate x = LocalDate.of(a.year(), a.month(), a.day());
      LocalDate y = LocalDate.of(b.year(), b.month(), b.day());
      return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(x, y)) <= 31;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

  private static PartialDate shifted(PartialDate p, int years) {
    return new PartialDate(p.year() + years, p.month(), p.day());
  }

  /** A day written by reference to one before it: "on the same day", "that day", "the day's meeting". */
  private static final Pattern SAME_DAY = Pattern.compile("(?i)^(?:on\\s+)?(?:(?:the\\s+same|that)\\s+day|the\\s+day(?:['’]s)?)$");

  /**
   * "The same day", "that day": SUTime takes it for the article's date; a reader takes the day last
   * written before it in the article. Left as SUTime reads it when no day is written before.
   */
  private static DateMention anaphoric(AnnotatedArticle doc, int from, DateMention d) {
    if (!SAME_DAY.matcher(d.phrase().strip()).matches()) {
      return d;
    }
    int at = from + d.begin();
    PartialDate last = null;
    for (NamedEntity e : doc.entities(0, at)) {
      if (e.type().equals("DATE") && e.normalized() != null && !SAME_DAY.matcher(e.span().text().strip()).matches()
          && VALUE.matcher(e.normalized()).matches() && e.normalized().length() == 10) {
        last = PartialDate.parse(e.normalized());
      }
    }
    return last == null ? d : new DateMention(last, null, d.begin(), d.finish(), d.phrase());
  }

  private static final Pattern WEEKDAY_APPOSITION =
      Pattern.compile("^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s+the\\s+\\w+\\s+day\\b.*");

  /**
   * "On Wednesday, the second day of the festival": SUTime reads the apposition as one more day
   * (the Thursday). The weekday alone is the day: within the week up to the article's date when its
   * sentence is told in the past, else within the week from it.
   */
  private static DateMention weekdayAlone(AnnotatedArticle doc, int from, DateMention d) {
    Matcher m = WEEKDAY_APPOSITION.matcher(d.phrase());
    if (!m.matches()) {
      return d;
    }
    java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
    LocalDate published = doc.article().date();
    LocalDate resolved = past(doc.sentenceAt(from + d.begin()))
        ? published.with(java.time.temporal.TemporalAdjusters.previousOrSame(day))
        : published.with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
    return new DateMention(PartialDate.of(resolved), null, d.begin(), d.begin() + m.group(1).length(), m.group(1));
  }

  /** A month and day without a year, told in the past and placed after the article: the year before. */
  private static DateMention pastYear(AnnotatedArticle doc, int from, DateMention d) {
    PartialDate p = d.start();
    if (!p.isFullDate() || YEAR.matcher(d.phrase()).find() || !past(doc.sentenceAt(from + d.begin()))) {
      return d;
    }
    LocalDate day = LocalDate.of(p.year(), p.month(), p.day());
    if (!day.isAfter(doc.article().date().plusDays(7))) {
      return d;
    }
    PartialDate end = d.end();
    if (end != null && end.isFullDate()) {
      end = PartialDate.of(LocalDate.of(end.year(), end.month(), end.day()).minusYears(1));
    }
    return new DateMention(PartialDate.of(day.minusYears(1)), end, d.begin(), d.finish(), d.phrase());
  }

  /** SUTime's dates in {@code [from, to)}, with offsets relative to {@code from}. */
  private static List<DateMention> find(AnnotatedArticle doc, int from, int to) {
    List<DateMention> out = new ArrayList<>();
    for (NamedEntity e : doc.entities(from, to)) {
      if (!e.type().equals("DATE") || e.normalized() == null) {
        continue;
      }
      PartialDate d;
      try {
        d = VALUE.matcher(e.normalized()).matches() ? PartialDate.parse(e.normalized()) : coarse(e.normalized());
      } catch (RuntimeException bad) {
        continue;
      }
      if (d == null) {
        continue;
      }
      out.add(new DateMention(d, null, e.span().start() - from, e.span().end() - from, e.span().text()));
    }
    return out;
  }

  /** A sentence told in the past: a verb in the past and no modal ("will", "would", "is to"). */
  /**
   * A week ("this week": {@code 2022-W34}), a quarter ({@code 2024-Q1}) or a season ("in the
   * autumn": {@code 2025-FA}) at the precision it gives for certain: the month when it lies within
   * one month, else the year; null for anything else.
   */
  static PartialDate coarse(String value) {
    Matcher w = WEEK.matcher(value);
    if (w.matches()) {
      LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
          .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
          .with(java.time.DayOfWeek.MONDAY);
      LocalDate sunday = monday.plusDays(6);
      return monday.getMonth() == sunday.getMonth()
          ? PartialDate.ofMonth(monday.getYear(), monday.getMonthValue())
          : monday.getYear() == sunday.getYear() ? PartialDate.ofYear(monday.getYear()) : null;
    }
    Matcher q = QUARTER.matcher(value);
    return q.matches() ? PartialDate.ofYear(Integer.parseInt(q.group(1))) : null;
  }

  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
  private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-(?:Q[1-4]|H[12]|SP|SU|FA|WI)$");

  private static boolean past(Sentence s) {
    if (s == null) {
      return false;
    }
    boolean past = false;
    for (Token t : s.tokens()) {
      if (t.pos().equals("MD") || t.pos().equals("TO")) {
        return false;
      }
      past |= t.pos().equals("VBD") || t.pos().equals("VBN");
    }
    return past;
  }
}

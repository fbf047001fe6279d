package org.w3id.kazaz.extract.agreements;

import org.w3id.kazaz.extract.common.DateMention;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Organisations;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.extract.common.Quotations;
import org.w3id.kazaz.extract.common.SutimeDates;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.annotate.Span;
import java.util.List;
import java.util.regex.Pattern;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;

/**
 * When and where a signing happened, as a reader takes it: a date and a city ("in Baku", "to
 * Astana") written with the signing, else those of the event the signing follows ("Following the
 * talks ..." → the nearest earlier sentence that names talks, a visit or a meeting with a date).
 * Dates written with figures ("on 11 March 2024") are preferred to "today" in reported speech.
 * Dates inside quotations ("today it is no longer an obstacle") and after "dated" (the date of an
 * amended document) are not signing dates.
 */
final class SigningContext {
  /** A date and a place, either possibly null. */
  record When(PartialDate date, EntityRef place) {}

  private static final Pattern EVENT =
      Pattern.compile(
          "(?i)\\b(?:talks|negotiations|visit|summit|meeting|briefing|press\\s+conference|forum|session|met"
              + "|ceremony|sidelines)\\b");
  private static final Pattern PLACE_CUE = Pattern.compile("(?i)\\b(?:in|to|at)\\s+(?:the\\s+(?:city\\s+of\\s+)?)?$");
  private static final Pattern DATED = Pattern.compile("(?i)\\bdated\\s+$");
  /** "waiting for since last year", "until 2030": a span's edge, not the day of a signing. */
  private static final Pattern SINCE = Pattern.compile("(?i)\\b(?:since|until|till|before|after)\\s+$");
  /** "..., the ministry said on Monday": the day of the report, not of the signing. */
  private static final Pattern REPORTED =
      Pattern.compile("(?i)\\b(?:said|reported|announced|stated|informed|wrote|told\\s+\\p{L}+)\\s+$");

  private final Gazetteer gazetteer;
  private final Article article;
  private final AnnotatedArticle doc;
  private final List<Span> spans;
  private final boolean[] quoted;

  SigningContext(Gazetteer gazetteer, AnnotatedArticle doc, List<Span> spans) {
    this.gazetteer = gazetteer;
    this.doc = doc;
    this.article = doc.article();
    this.spans = spans;
    this.quoted = Quotations.mask(article.text());
  }

  /** The first signing date in {@code text[from, to)}, or null. */
  PartialDate date(int from, int to) {
    DateMention d = mention(from, to);
    return d == null ? null : day(d);
  }

  /**
   * The date a signing takes from a date phrase: its day, or for a range of days ("on May 10-11,
   * 2022", a conference's) the month or year both ends share, since the text does not say which day.
   */
  static PartialDate day(DateMention d) {
    PartialDate s = d.start();
    PartialDate e = d.end();
    if (e == null || e.equals(s)) {
      return s;
    }
    if (s.month() != null && s.year() == e.year() && s.month().equals(e.month())) {
      return PartialDate.ofMonth(s.year(), s.month());
    }
    return s.year() == e.year() ? PartialDate.ofYear(s.year()) : s;
  }

  /**
   * The last signing date in {@code text[from, to)}, or null: of the dates before a title, the one
   * nearest to it ("this week, ... signed in Baku on July 1 an agreement" was signed on July 1).
   */
  PartialDate lastDate(int from, int to) {
    String text = article.text();
    PartialDate last = null;
    for (DateMention d : SutimeDates.written(doc, from, to)) {
      int at = from + d.begin();
      if (!quoted[at] && !DATED.matcher(text.substring(Math.max(0, at - 12), at)).find()
          && !SINCE.matcher(text.substring(Math.max(0, at - 12), at)).find() && !reported(text, at)) {
        last = day(d);
      }
    }
    return last;
  }

  /** The first signing date phrase in {@code text[from, to)}, or null. */
  private DateMention mention(int from, int to) {
    String text = article.text();
    for (DateMention d : SutimeDates.written(doc, from, to)) {
      int at = from + d.begin();
      if (quoted[at] || DATED.matcher(text.substring(Math.max(0, at - 12), at)).find()
          || SINCE.matcher(text.substring(Math.max(0, at - 12), at)).find() || reported(text, at)) {
        continue;
      }
      return d;
    }
    return null;
  }

  private static boolean reported(String text, int at) {
    String before = text.substring(Math.max(0, at - 24), at);
    return REPORTED.matcher(before.replaceFirst("(?i)\\bon\\s+$", "")).find();
  }

  /** The first city written as where something happens in {@code text[from, to)}, or null. */
  EntityRef place(int from, int to) {
    String text = article.text();
    for (Gazetteer.Hit h : doc.hits(from, to)) {
      int at = from + h.start();
      if (h.entry().kind() == EntityKind.CITY
          && !quoted[at]
          && PLACE_CUE.matcher(text.substring(Math.max(0, at - 24), at)).find()) {
        return Organisations.ref(h.entry());
      }
    }
    return null;
  }

  /** Whether a sentence says that the signing followed an event ("Following the talks"). */
  static boolean followsEvent(String sentence) {
    return EVENT.matcher(sentence).find();
  }

  /**
   * The date and city of the sentence just before span {@code index}, or of the one before that when
   * the nearer one writes no date; nothing from further back, where the text may have moved on.
   */
  When justBefore(int index) {
    for (int i = index - 1; i >= Math.max(0, index - 2); i--) {
      Span s = spans.get(i);
      DateMention d = mention(s.start(), s.end());
      if (d != null) {
        return new When(day(d), place(s.start(), s.end()));
      }
    }
    return new When(null, null);
  }

  /** The date and city of the nearest event written before span {@code index}, day dates first. */
  When event(int index) {
    for (int pass = 0; pass < 3; pass++) {
      for (int i = index - 1; i >= 0; i--) {
        Span s = spans.get(i);
        if (!EVENT.matcher(s.text()).find()) {
          continue;
        }
        DateMention d = mention(s.start(), s.end());
        boolean day = d != null && d.start().isFullDate();
        boolean written = d != null && d.phrase().matches(".*\\d.*");
        if (d != null && (pass == 2 || pass == 1 && day || pass == 0 && day && written)) {
          return new When(d.start(), place(s.start(), s.end()));
        }
      }
    }
    return new When(null, null);
  }

}

package org.w3id.kazaz.extract.figures;

import org.w3id.kazaz.extract.common.DateMention;
import org.w3id.kazaz.extract.common.DateResolver;
import org.w3id.kazaz.extract.common.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a figure refers to, from its sentence: the date phrase nearest the amount (resolved by
 * {@link DateResolver}), leaving out baselines ("compared to 2023", "since 2020", "than in 2022");
 * a part of a year ("in the first two months", "January-February", "first quarter") is that year,
 * at year precision; "now" is the article's month.
 */
final class FigureDates {
  private static final Pattern BASELINE =
      Pattern.compile("(?:compared\\s+(?:to|with)|than|since|against|versus|vs\\.?|from|figure\\s+for|level\\s+of"
          + "|that\\s+of)\\b[^,;]{0,30}$",
          Pattern.CASE_INSENSITIVE);
  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final Pattern PART_OF_YEAR =
      Pattern.compile("\\b(?:(?:the\\s+)?first\\s+(?:\\w+\\s+)?(?:months?|quarter|half|half-year)"
          + "|" + MONTH + "\\s*[-–—]\\s*" + MONTH + ")(?:\\s+of\\s+(?<y>(?:19|20)\\d{2}))?",
          Pattern.CASE_INSENSITIVE);

  private FigureDates() {}

  static PartialDate of(String sentence, int amountStart, LocalDate articleDate, String qualifier) {
    return of(sentence, "", amountStart, articleDate, qualifier);
  }

  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

  /**
   * As {@link #of(String, int, LocalDate, String)}, where a part of a year written without its year
   * ("Turnover in the first half rose 2.5 times") takes the year its paragraph wrote last before
   * ({@code previous}: "In 2021 trade took off."), else the article's.
   */
  static PartialDate of(String sentence, String previous, int amountStart, LocalDate articleDate, String qualifier) {
    DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    List<DateMention> all = DateResolver.findAll(sentence, articleDate);
    for (DateMention d : all) {
      if (BASELINE.matcher(sentence.substring(Math.max(0, d.begin() - 40), d.begin())).find()) {
        continue;
      }
      int distance = Math.abs(d.begin() - amountStart);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = d;
      }
    }
    Matcher part = PART_OF_YEAR.matcher(sentence);
    while (part.find()) {
      if (BASELINE.matcher(sentence.substring(Math.max(0, part.start() - 40), part.start())).find()) {
        continue; // "2.5 times the figure for the first half of 2020"
      }
      if (part.group("y") != null) {
        return PartialDate.ofYear(Integer.parseInt(part.group("y")));
      }
      if (best != null) {
        return PartialDate.ofYear(best.start().year());
      }
      Matcher y = YEAR.matcher(previous);
      Integer last = null;
      while (y.find()) {
        last = Integer.parseInt(y.group());
      }
      return PartialDate.ofYear(last != null ? last : articleDate.getYear());
    }
    if (best != null) {
      return best.start();
    }
    if ("now".equals(qualifier)) {
      return PartialDate.ofMonth(articleDate.getYear(), articleDate.getMonthValue());
    }
    return null;
  }
}

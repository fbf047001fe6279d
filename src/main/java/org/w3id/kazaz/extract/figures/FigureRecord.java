package org.w3id.kazaz.extract.figures;

import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.annotate.Span;
import java.math.BigDecimal;
import java.util.List;

/**
 * A figure: a quantity the article states, normalised ("$529 million" → 529000000 USD).
 *
 * @param indicator what is measured, in words ("trade turnover", "cargo volume")
 * @param value the normalised value
 * @param unit the unit code: USD, t, t/year, km, days, years, percent, times, count, containers,
 *     trains/month
 * @param date the time it refers to, at the precision given, or null
 * @param subjects what it is about (states, a corridor, an organisation)
 * @param qualifier "approached", "previously", "now", "planned", "expected", "target", or null
 * @param evidence the sentence it comes from
 */
public record FigureRecord(
    String indicator,
    BigDecimal value,
    String unit,
    PartialDate date,
    List<EntityRef> subjects,
    String qualifier,
    Span evidence,
    String measured) {
  public FigureRecord {
    subjects = List.copyOf(subjects);
  }
}

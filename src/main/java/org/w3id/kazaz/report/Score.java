package org.w3id.kazaz.report;

import java.util.List;
import java.util.Locale;

/**
 * Precision and recall per category of the gold README, with what was missed and what was extra.
 */
public record Score(List<Row> rows) {

  /**
   * One category: how many facts were reported, how many the gold file lists, how many were paired;
   * {@code missed} names the gold facts left unpaired, {@code spurious} the reported ones, {@code
   * paired} each pair as "reported => gold".
   */
  public record Row(
      String category,
      int reported,
      int gold,
      int matched,
      List<String> missed,
      List<String> spurious,
      List<String> paired) {
    /** Matched reported facts / all reported facts (1 when nothing was reported). */
    public double precision() {
      return reported == 0 ? 1.0 : (double) matched / reported;
    }

    /** Matched gold facts / all gold facts (1 when the gold file lists none). */
    public double recall() {
      return gold == 0 ? 1.0 : (double) matched / gold;
    }
  }

  public Score {
    rows = List.copyOf(rows);
  }

  /** The row of {@code category}. */
  public Row row(String category) {
    return rows.stream()
        .filter(r -> r.category().equals(category))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no category " + category));
  }

  /** A fixed-width table: category, reported, gold, matched, precision, recall. */
  public String toTable() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%-14s %8s %5s %7s %9s %7s%n",
            "category",
            "reported",
            "gold",
            "matched",
            "precision",
            "recall"));
    for (Row r : rows) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-14s %8d %5d %7d %9.2f %7.2f%n",
              r.category(),
              r.reported(),
              r.gold(),
              r.matched(),
              r.precision(),
              r.recall()));
    }
    return sb.toString();
  }

  /**
   * The table followed, per category, by the gold facts missed, the reported facts unpaired and,
   * when {@code withPairs}, the pairs made.
   */
  public String toDetails(boolean withPairs) {
    StringBuilder sb = new StringBuilder(toTable());
    for (Row r : rows) {
      r.missed()
          .forEach(m -> sb.append(r.category()).append("  missed:   ").append(m).append('\n'));
      r.spurious()
          .forEach(s -> sb.append(r.category()).append("  spurious: ").append(s).append('\n'));
      if (withPairs) {
        r.paired()
            .forEach(p -> sb.append(r.category()).append("  paired:   ").append(p).append('\n'));
      }
    }
    return sb.toString();
  }
}

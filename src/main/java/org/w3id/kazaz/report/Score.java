package org.w3id.kazaz.report;

import java.util.List;
import java.util.Locale;

/**
 * Precision and recall per category of the gold README, with what was missed and what was extra;
 * and the same for each article of the gold file's {@code articles} list: the reported facts whose
 * sources include the article against the gold facts whose sources include it.
 */
public record Score(List<Row> rows, List<ArticleScore> articles) {

  /** The name of the row that pools all categories. */
  public static final String OVERALL = "overall";

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

    /** The rows summed into one named {@code category}, their lists joined. */
    static Row pooled(String category, List<Row> rows) {
      return new Row(
          category,
          rows.stream().mapToInt(Row::reported).sum(),
          rows.stream().mapToInt(Row::gold).sum(),
          rows.stream().mapToInt(Row::matched).sum(),
          rows.stream().flatMap(r -> r.missed().stream()).toList(),
          rows.stream().flatMap(r -> r.spurious().stream()).toList(),
          rows.stream().flatMap(r -> r.paired().stream()).toList());
    }
  }

  /** One article's score: a row per category, facts counted when their sources include it. */
  public record ArticleScore(String file, List<Row> rows) {
    public ArticleScore {
      rows = List.copyOf(rows);
    }

    /** All categories of the article pooled. */
    public Row overall() {
      return Row.pooled(OVERALL, rows);
    }

    /** The row of {@code category}. */
    public Row row(String category) {
      return Score.find(rows, category);
    }
  }

  public Score {
    rows = List.copyOf(rows);
    articles = List.copyOf(articles);
  }

  public Score(List<Row> rows) {
    this(rows, List.of());
  }

  /** All categories pooled: matched facts of every category over all reported, over all gold. */
  public Row overall() {
    return Row.pooled(OVERALL, rows);
  }

  /** The score of the article {@code file}. */
  public ArticleScore article(String file) {
    return articles.stream()
        .filter(a -> a.file().equals(file))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no article " + file));
  }

  /** The row of {@code category}. */
  public Row row(String category) {
    return find(rows, category);
  }

  private static Row find(List<Row> rows, String category) {
    return rows.stream()
        .filter(r -> r.category().equals(category))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no category " + category));
  }

  private static final String LINE = "%8d %5d %7d %9.2f %7.2f%n";
  private static final String HEAD = "%8s %5s %7s %9s %7s%n";

  /** A fixed-width table: category, reported, gold, matched, precision, recall; then overall. */
  public String toTable() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-14s " + HEAD,
        "category", "reported", "gold", "matched", "precision", "recall"));
    for (Row r : rows) {
      sb.append(line("%-14s ", r.category(), r));
    }
    sb.append(line("%-14s ", OVERALL, overall()));
    return sb.toString();
  }

  /**
   * Per article of the gold file: all its categories pooled, then each category that has a
   * reported or a gold fact, indented.
   */
  public String toArticleTable() {
    int width = articles.stream().mapToInt(a -> a.file().length()).max().orElse(0);
    for (Row r : rows) {
      width = Math.max(width, 2 + r.category().length());
    }
    String name = "%-" + width + "s ";
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, name + HEAD,
        "article", "reported", "gold", "matched", "precision", "recall"));
    for (ArticleScore a : articles) {
      sb.append(line(name, a.file(), a.overall()));
      for (Row r : a.rows()) {
        if (r.reported() > 0 || r.gold() > 0) {
          sb.append(line(name, "  " + r.category(), r));
        }
      }
    }
    return sb.toString();
  }

  private static String line(String nameFormat, String name, Row r) {
    return String.format(Locale.ROOT, nameFormat + LINE,
        name, r.reported(), r.gold(), r.matched(), r.precision(), r.recall());
  }

  /**
   * The category table, the article table and, per category, the gold facts missed, the reported
   * facts unpaired and, when {@code withPairs}, the pairs made.
   */
  public String toDetails(boolean withPairs) {
    StringBuilder sb = new StringBuilder(toTable());
    if (!articles.isEmpty()) {
      sb.append('\n').append(toArticleTable()).append('\n');
    }
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

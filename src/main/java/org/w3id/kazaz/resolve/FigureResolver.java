package org.w3id.kazaz.resolve;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.figures.FigureRecord;

/**
 * One node per figure reported by several articles: the same indicator and value, units that are
 * the same or the same quantity with and without a rate ("10 million tons" and "10 million tons
 * per year"), dates that do not differ (or one lies within the other: "2022" and "2022-06"), and
 * subjects that overlap, unless the value is too particular to be two figures by chance. The most
 * specific report
 * (a rate over a total, more subjects, a date) stands for the figure.
 */
public final class FigureResolver {
  private FigureResolver() {}

  public static Map<FigureRecord, FigureRecord> canonical(List<FigureRecord> all) {
    Comparator<FigureRecord> specific =
        Comparator.comparing((FigureRecord f) -> f.unit().contains("/"))
            .thenComparingInt(f -> f.subjects().size())
            .thenComparing(f -> f.date() != null)
            .thenComparing(f -> f.date() == null ? "" : f.date().toString())
            .thenComparing(FigureRecord::indicator)
            .thenComparing(FigureRecord::unit);
    // only figures of one indicator, value and unit family can be one figure: compare within those
    Map<String, List<FigureRecord>> groups = new java.util.HashMap<>();
    for (FigureRecord f : all) {
      groups.computeIfAbsent(groupKey(f), k -> new java.util.ArrayList<>()).add(f);
    }
    Map<FigureRecord, FigureRecord> out = new IdentityHashMap<>();
    for (List<FigureRecord> group : groups.values()) {
      List<FigureRecord> best = group.stream().sorted(specific.reversed()).toList();
      for (FigureRecord f : group) {
        out.put(f, f);
        for (FigureRecord b : best) {
          if (b == f) {
            break;
          }
          if (same(f, b)) {
            out.put(f, b);
            break;
          }
        }
      }
    }
    return out;
  }

  private static String groupKey(FigureRecord f) {
    return f.indicator().toLowerCase(Locale.ROOT) + "|" + f.value().stripTrailingZeros().toPlainString()
        + "|" + baseUnit(f.unit());
  }

  static boolean same(FigureRecord a, FigureRecord b) {
    return a.indicator().toLowerCase(Locale.ROOT).equals(b.indicator().toLowerCase(Locale.ROOT))
        && a.value().compareTo(b.value()) == 0
        && baseUnit(a.unit()).equals(baseUnit(b.unit()))
        && (a.date() == null || b.date() == null || agree(a.date().toString(), b.date().toString()))
        && (precise(a.value()) || overlap(a.subjects(), b.subjects()));
  }

  /**
   * A value too particular to be two figures by chance ("$420.5 million", "12.4 times", "3.6
   * times"): reported by two articles with one indicator, unit and date, it is one figure, even
   * where they name its subjects differently (the exporter in one, the importer in the other). A
   * round value ("10", "5 percent", "15 million tons") needs subjects in common too.
   */
  static boolean precise(java.math.BigDecimal v) {
    java.math.BigDecimal n = v.stripTrailingZeros();
    boolean fraction = n.scale() > 0;
    return n.precision() >= 3 || n.precision() >= 2 && fraction;
  }

  /** Dates that agree: the same, or one within the other ("2022" and "2022-06"). */
  private static boolean agree(String a, String b) {
    return a.equals(b) || a.startsWith(b + "-") || b.startsWith(a + "-");
  }

  private static String baseUnit(String unit) {
    int slash = unit.indexOf('/');
    return slash < 0 ? unit : unit.substring(0, slash);
  }

  private static boolean overlap(List<EntityRef> a, List<EntityRef> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    Set<String> keys = a.stream().map(FigureResolver::key).collect(Collectors.toSet());
    return b.stream().map(FigureResolver::key).anyMatch(keys::contains);
  }

  private static String key(EntityRef e) {
    return e.isKnown() ? e.iri() : e.label().toLowerCase(Locale.ROOT);
  }
}

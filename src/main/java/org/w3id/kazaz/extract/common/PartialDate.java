package org.w3id.kazaz.extract.common;

import java.time.LocalDate;

/**
 * A date known to the year, the month or the day: a reader never invents a day the article does
 * not give. {@code month} and {@code day} are null where unknown.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {
  public PartialDate {
    if (day != null && month == null) {
      throw new IllegalArgumentException("a day needs a month");
    }
    if (day != null) {
      LocalDate.of(year, month, day); // throws on impossible dates
    } else if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("bad month " + month);
    }
  }

  public static PartialDate of(LocalDate d) {
    return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, null, null);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, null);
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  public static PartialDate parse(String iso) {
    String[] p = iso.split("-");
    return switch (p.length) {
      case 1 -> ofYear(Integer.parseInt(p[0]));
      case 2 -> ofMonth(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
      case 3 -> new PartialDate(
          Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
      default -> throw new IllegalArgumentException("not a date: " + iso);
    };
  }

  public boolean isFullDate() {
    return day != null;
  }

  /** ISO form at the known precision: {@code 2024}, {@code 2024-03} or {@code 2024-03-11}. */
  @Override
  public String toString() {
    if (month == null) {
      return String.format("%04d", year);
    }
    if (day == null) {
      return String.format("%04d-%02d", year, month);
    }
    return String.format("%04d-%02d-%02d", year, month, day);
  }

  @Override
  public int compareTo(PartialDate o) {
    return toString().compareTo(o.toString());
  }
}

package org.w3id.kazaz.extract.figures;

import org.w3id.kazaz.extract.common.Rules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an amount measures and how it is qualified, read from the words around it: the nearest
 * measure noun phrase ("trade turnover", "cargo flow"), the unit, and cue words ("previously",
 * "expects", "plans", "to bring ... to"). The words are data: {@code
 * ontology/extraction/figure-indicators.tsv}.
 */
final class FigureIndicators {
  /** Indicator and qualifier of one amount; indicator null means: not a figure to record. */
  record Reading(String indicator, String qualifier) {}

  static final String RESOURCE = "/ontology/extraction/figure-indicators.tsv";

  private record Measure(String indicator, Pattern pattern) {}

  private record Qualifier(String name, Pattern pattern) {}

  private static final List<Measure> MEASURES = new ArrayList<>();
  private static final List<Qualifier> QUALIFIERS = new ArrayList<>();
  private static final List<Qualifier> UNIT_INDICATORS = new ArrayList<>();
  private static final Map<String, Pattern> CUES = new LinkedHashMap<>();

  static {
    for (Rules.Row row : Rules.rows(RESOURCE, 3)) {
      Pattern p = Rules.compile(RESOURCE, row, 2);
      switch (row.get(0)) {
        case "measure" -> MEASURES.add(new Measure(row.get(1),
            Pattern.compile("(?:" + row.get(2) + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE)));
        case "qualifier" -> QUALIFIERS.add(new Qualifier(row.get(1), p));
        case "cue" -> CUES.put(row.get(1), p);
        case "unit" -> UNIT_INDICATORS.add(new Qualifier(row.get(1), Pattern.compile(row.get(2))));
        default -> throw new IllegalStateException(RESOURCE + ":" + row.line() + ": unknown kind " + row.get(0));
      }
    }
  }

  /** The cue named {@code name} of {@link #RESOURCE}. */
  static Pattern cue(String name) {
    Pattern p = CUES.get(name);
    if (p == null) {
      throw new IllegalStateException(RESOURCE + ": no cue named " + name);
    }
    return p;
  }

  private FigureIndicators() {}

  /**
   * Reads what the amount at {@code [start,end)} of {@code sentence} measures. {@code previous} is
   * the sentence before (for "Now, the journey takes 18 days" after one on delivery times).
   */
  static Reading read(String sentence, int start, int end, String unit, String counted, String previous) {
    String qualifier = qualifier(clause(sentence, start, end));
    String measure = nearestMeasure(sentence, start, end);
    String base = base(sentence, start, end, unit, counted, previous, measure);
    if (base == null) {
      return new Reading(null, qualifier);
    }
    String indicator = base + of(sentence, start, end, unit, base);
    if ("expected".equals(qualifier) || "planned".equals(qualifier)) {
      indicator = qualifier + " " + base;
    } else if ("target".equals(qualifier)) {
      indicator = base + " target";
    }
    return new Reading(indicator, qualifier);
  }

  /** Whether a measure can be an amount of money: not a volume of goods. */
  private static boolean ofMoney(String measure) {
    return measure != null && !measure.equals("cargo volume") && !measure.equals("oil volume");
  }

    private static String base(String s, int start, int end, String unit, String counted, String previous,
      String measure) {
    if (unit == null || Quantities.isCurrency(unit)) {
      if (measure == null && unit != null && previous != null && !previous.isBlank()) {
        // "Trade reached $529 million. In August the seven-month figure had stood at $517.1 million":
        // an amount of money that names no measure continues the one the paragraph was giving
        String before = nearestMeasure(previous, previous.length(), previous.length());
        if (ofMoney(before) && !"capacity".equals(before)) {
          return before;
        }
      }
      return ofMoney(measure) ? measure : unit == null ? null : "value";
    }
    for (Qualifier u : UNIT_INDICATORS) {
      if (u.pattern().matcher(unit).matches()) {
        return u.name();
      }
    }
    return switch (unit) {
      case "percent", "times" -> change(s, measure, unit);
      case "t", "t/year" -> measure == null || measure.equals("trade turnover") ? "cargo volume"
          : measure.equals("capacity") || measure.equals("oil volume") ? measure : "cargo volume";
      case "TEU" -> "container volume";
      case "km" -> cue("travel").matcher(s).find() ? "distance travelled"
          : cue("length").matcher(s).find() ? "length" : null;
      case "days", "hours" -> time(s, previous);
      case "years" -> years(s, end);
      case "containers" -> cue("train").matcher(s).find() ? "containers on train" : "containers";
      case "count" -> counted + (cue("signed").matcher(s).find() ? " signed" : "");
      default -> unit.startsWith("trains/")
          ? (cue("container").matcher(s).find() ? "container trains" : "trains") : null;
    };
  }

  /**
   * What a volume or value is of, and the verb that moved it, as the text says: " of wheat",
   * " of Kazakh grain carried", " handled"; or "" where it says nothing more than {@code base}.
   */
  static String of(String s, int start, int end, String unit, String base) {
    if (unit == null || !(Quantities.isCurrency(unit) || unit.matches("t|t/.*|TEU.*|bcm.*|containers"))) {
      return "";
    }
    String after = s.substring(end);
    String before = s.substring(0, start);
    String goods = null;
    Matcher m = cue("goods-after").matcher(after);
    if (m.find()) {
      goods = m.group(1);
    } else if (base.equals("value") && (m = cue("goods-worth").matcher(before)).find()) {
      goods = m.group(1).replaceFirst("^(?i:of)\\s+", "");
    }
    if (goods != null && (cue("goods-not").matcher(goods.split("\\s+")[0]).matches()
        || java.util.Arrays.stream(goods.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(base::contains))) {
      goods = null;
    }
    String verb = null;
    Matcher v = cue("moved-before").matcher(before);
    if (v.find()) {
      verb = v.group(1);
    } else if ((v = cue("moved-after").matcher(after)).find()) {
      verb = v.group(1);
    }
    String out = goods == null ? "" : " of " + goods;
    if (verb != null && !base.contains(verb.toLowerCase(Locale.ROOT))) {
      out += " " + verb.toLowerCase(Locale.ROOT);
    }
    return out;
  }

  private static String change(String s, String measure, String unit) {
    boolean down = cue("decline").matcher(s).find() && !cue("growth").matcher(s).find();
    boolean up = unit.equals("times") || cue("growth").matcher(s).find();
    String what = measure == null ? "" : measure + " ";
    if (down) {
      return what + "decline";
    }
    if (up) {
      return what + "growth";
    }
    return measure == null ? null : measure + " share";
  }

  private static String time(String s, String previous) {
    boolean timeCue = cue("time").matcher(s).find();
    if (cue("delivery").matcher(s).find() && timeCue
        || timeCue && cue("delivery").matcher(previous).find()) {
      return "delivery time";
    }
    return timeCue ? "travel time" : null;
  }

  private static String years(String s, int end) {
    Matcher m = cue("years-of").matcher(s.substring(end));
    if (m.find()) {
      return "years of " + m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
    }
    if (cue("anniversary").matcher(s).find()) {
      return "anniversary";
    }
    return cue("term").matcher(s).find() ? "term" : null;
  }

  /** The indicator of the measure noun nearest to the amount, preferring one before it. */
  private static String nearestMeasure(String s, int start, int end) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Measure row : MEASURES) {
      Matcher m = row.pattern().matcher(s);
      while (m.find()) {
        if (m.start() > 0 && Character.isLetter(s.charAt(m.start() - 1))) {
          continue;
        }
        int d = m.end() <= start ? start - m.end() : m.start() >= end ? 2 * (m.start() - end) + 10 : 0;
        if (d < bestDistance) {
          bestDistance = d;
          best = row.indicator();
        }
      }
    }
    return best;
  }

  /** The part of the sentence between the semicolons or colons around the amount. */
  static String clause(String s, int start, int end) {
    int from = Math.max(s.lastIndexOf(';', start), s.lastIndexOf(':', start)) + 1;
    int semi = s.indexOf(';', end);
    int colon = s.indexOf(':', end);
    int to = semi < 0 ? colon : colon < 0 ? semi : Math.min(semi, colon);
    to = to < 0 ? s.length() : to;
    // "Turnover reached $420 million in 2024, and the ministers said the next goal is $1 billion":
    // a clause joined by a comma and a conjunction is a clause of its own
    Matcher joint = JOINED.matcher(s).region(from, to);
    while (joint.find()) {
      if (joint.end() <= start) {
        from = joint.end();
      } else if (joint.start() >= end) {
        to = joint.start();
        break;
      }
    }
    return s.substring(from, to);
  }

  private static final Pattern JOINED = Pattern.compile(",\\s+(?:and|but|while|whereas|although|though)\\s+");

  static String qualifier(String s) {
    for (Qualifier q : QUALIFIERS) {
      if (q.pattern().matcher(s).find()) {
        return q.name();
      }
    }
    return null;
  }
}

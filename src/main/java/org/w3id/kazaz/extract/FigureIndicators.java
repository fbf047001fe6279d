package org.w3id.kazaz.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an amount measures and how it is qualified, read from the words around it: the nearest
 * measure noun phrase ("trade turnover", "cargo flow"), the unit, and cue words ("previously",
 * "expects", "plans", "to bring ... to").
 */
final class FigureIndicators {
  /** Indicator and qualifier of one amount; indicator null means: not a figure to record. */
  record Reading(String indicator, String qualifier) {}

  private static final Object[][] MEASURES = {
    {"trade turnover|turnover|trade volume|volume of trade|(?:mutual|bilateral|foreign) trade"
        + "|^trade|\\btrade\\s+(?:between|reached|grew|rose|amounted|increased|has|totall?ed)",
        "trade turnover"},
    {"oil", "oil volume"},
    {"cargo volume|volume of cargo|cargo flow|cargo traffic|cargo turnover|cargo transportation"
        + "|cargo|freight|transportation|transit|shipments?|carried|handled", "cargo volume"},
    {"investments?|invested", "investment"},
    {"exports?|exported", "exports"},
    {"imports?|imported", "imports"},
    {"capacity", "capacity"},
    {"revenues?|income", "revenue"},
    {"cost|costs|worth|price", "cost"},
    {"stake|share", "share"},
  };
  private static final Pattern GROWTH =
      Pattern.compile("\\b(?:increas\\w*|grow\\w*|grew|rose|rise|risen|up|higher|more|jump\\w*|expan\\w*"
          + "|boost\\w*|fold|doubled|tripled|quadrupled|times)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DECLINE =
      Pattern.compile("\\b(?:decreas\\w*|declin\\w*|fell|fall\\w*|drop\\w*|down|lower|reduc\\w*)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAVEL =
      Pattern.compile("\\b(?:travell?ed|covered|ran|journey|distance|trip|voyage)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LENGTH =
      Pattern.compile("\\b(?:long|length|stretch\\w*|extends?|route|line|railway|road|pipeline|corridor)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DELIVERY =
      Pattern.compile("\\b(?:deliver\\w*|goods|cargo|freight|transit time)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME_CUE =
      Pattern.compile("\\b(?:trains?|travel\\w*|journey|trip|took|takes?|taking|covered|reach\\w*|route|voyage"
          + "|arriv\\w*|in just|in only|within)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEARS_OF =
      Pattern.compile("^\\s+of\\s+((?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:relations|cooperation|independence"
          + "|partnership|friendship|work|activity|operation|existence|[\\p{L}-]+ship))\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TERM =
      Pattern.compile("\\b(?:valid\\w*|term|for a period of|concession|lease)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAIN = Pattern.compile("\\btrains?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTAINER = Pattern.compile("\\bcontainer", Pattern.CASE_INSENSITIVE);
  private static final Pattern SIGNED = Pattern.compile("\\bsign\\w*|\\bconclud\\w*|\\badopted\\b",
      Pattern.CASE_INSENSITIVE);

  private static final String[][] QUALIFIERS = {
    {"approached", "\\b(?:approach\\w*|nearly|almost|close to)\\b"},
    {"previously", "\\b(?:previously|earlier|formerly|in the past|used to)\\b"},
    {"now", "\\b(?:now|currently|at present|nowadays)\\b"},
    {"expected", "\\b(?:expect\\w*|forecast\\w*|projected|potential (?:for|to|of)|could reach|may reach"
        + "|is likely|foreseeable)\\b"},
    {"planned", "(?<!Action )\\b(?:plan|plans|planned|planning|intends?|intended|scheduled|is going to|are going to)\\b"},
    {"target", "\\b(?:target\\w*|goal|aim\\w* (?:to|at)|in order to|to bring|bring(?:ing)? the|to reach"
        + "|to increase [^,.;]{0,40}\\bto|by (?:19|20)\\d{2})\\b"},
  };

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
    String indicator = base;
    if ("expected".equals(qualifier) || "planned".equals(qualifier)) {
      indicator = qualifier + " " + base;
    } else if ("target".equals(qualifier)) {
      indicator = base + " target";
    }
    return new Reading(indicator, qualifier);
  }

  private static String base(String s, int start, int end, String unit, String counted, String previous,
      String measure) {
    if (unit == null || Quantities.isCurrency(unit)) {
      return measure != null && !measure.equals("cargo volume") && !measure.equals("oil volume")
          ? measure : unit == null ? null : "value";
    }
    return switch (unit) {
      case "percent", "times" -> change(s, measure, unit);
      case "t", "t/year" -> measure == null || measure.equals("trade turnover") ? "cargo volume"
          : measure.equals("capacity") || measure.equals("oil volume") ? measure : "cargo volume";
      case "TEU" -> "container volume";
      case "km" -> TRAVEL.matcher(s).find() ? "distance travelled"
          : LENGTH.matcher(s).find() ? "length" : null;
      case "days", "hours" -> time(s, previous);
      case "years" -> years(s, end);
      case "containers" -> TRAIN.matcher(s).find() ? "containers on train" : "containers";
      case "count" -> counted + (SIGNED.matcher(s).find() ? " signed" : "");
      default -> unit.startsWith("trains/")
          ? (CONTAINER.matcher(s).find() ? "container trains" : "trains") : null;
    };
  }

  private static String change(String s, String measure, String unit) {
    boolean down = DECLINE.matcher(s).find() && !GROWTH.matcher(s).find();
    boolean up = unit.equals("times") || GROWTH.matcher(s).find();
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
    boolean timeCue = TIME_CUE.matcher(s).find();
    if (DELIVERY.matcher(s).find() && timeCue
        || timeCue && DELIVERY.matcher(previous).find()) {
      return "delivery time";
    }
    return timeCue ? "travel time" : null;
  }

  private static String years(String s, int end) {
    Matcher m = YEARS_OF.matcher(s.substring(end));
    if (m.find()) {
      return "years of " + m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
    }
    if (s.toLowerCase(Locale.ROOT).contains("anniversary")) {
      return "anniversary";
    }
    return TERM.matcher(s).find() ? "term" : null;
  }

  /** The indicator of the measure noun nearest to the amount, preferring one before it. */
  private static String nearestMeasure(String s, int start, int end) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Object[] row : MEASURES) {
      Matcher m = Pattern.compile("(?:" + row[0] + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE).matcher(s);
      while (m.find()) {
        if (m.start() > 0 && Character.isLetter(s.charAt(m.start() - 1))) {
          continue;
        }
        int d = m.end() <= start ? start - m.end() : m.start() >= end ? 2 * (m.start() - end) + 10 : 0;
        if (d < bestDistance) {
          bestDistance = d;
          best = (String) row[1];
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
    return s.substring(from, to < 0 ? s.length() : to);
  }

  static String qualifier(String s) {
    for (String[] q : QUALIFIERS) {
      if (Pattern.compile(q[1], Pattern.CASE_INSENSITIVE).matcher(s).find()) {
        return q[0];
      }
    }
    return null;
  }
}

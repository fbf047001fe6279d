package org.w3id.kazaz.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts in a text and normalises them: "$529 million" → 529000000 USD, "540,000 tons" →
 * 540000 t, "10 million tons per year" → 1e7 t/year, "25%" → 25 percent, "fivefold" → 5 times,
 * "7,000 kilometers" → 7000 km, "11 days" → 11 days, "30 years", "61 containers", "10 container
 * trains per month" → trains/month, "14 agreements" → 14 count.
 *
 * <p>An amount with a scale but no written unit ("the half-billion mark", "1.5 billion") is
 * returned with a null unit: whether it is money, and in which currency, is for the caller to
 * decide with {@link #impliedCurrency}. Bare numbers, years, ordinals ("29th") and list numbers
 * have no unit and are never returned.
 */
public final class Quantities {
  /**
   * One amount found.
   *
   * @param value the normalised value
   * @param unit the unit code (USD, EUR, KZT, AZN, RUB, CNY, t, t/year, TEU, percent, times, km,
   *     days, hours, years, containers, trains/month, trains/week, trains/year, count), or null for a
   *     bare scaled amount
   * @param counted for unit count, the noun counted ("agreements"); else null
   * @param start offset in the text searched
   * @param end offset just after
   * @param text the amount as written
   */
  public record Amount(BigDecimal value, String unit, String counted, int start, int end, String text) {}

  private static final String N = "(?<![\\p{L}\\p{N}.,/-])(?<n>" + NumberWords.DIGITS + ")";
  private static final String NW =
      "(?<![\\p{L}\\p{N}.,/-])(?<n>" + NumberWords.DIGITS + "|" + NumberWords.WORD + ")";
  private static final String AMOUNT = N + "(?:\\s*(?<s>" + NumberWords.SCALE + ")\\b)?";
  private static final String PER_YEAR = "\\s*(?:per|a|/|each)\\s*(?:year|annum)\\b|\\s+annually\\b";
  private static final String COUNTED =
      "agreements|documents|memoranda|memorandums|contracts|projects|deals|treaties|protocols"
          + "|companies|enterprises|joint ventures|vessels|ships|flights|wagons|trucks|terminals";
  private static final String COUNT_ADJ =
      "new|bilateral|intergovernmental|interagency|interdepartmental|commercial|investment|major"
          + "|joint|key|important|other|more|additional|cooperation|signed|large";
  private static final String GROW =
      "(?:increas\\w*|gr[eo]w\\w*|rose|risen|rise|expand\\w*|multipl\\w*|jump\\w*|boost\\w*|up)";

  /** What every rule needs somewhere: a digit, a number word, "half" or a multiplying verb. */
  private static final Pattern MAY_HOLD_AMOUNT =
      Pattern.compile("\\d|" + NumberWords.WORD + "|half|doubled|tripled|trebled|quadrupled",
          Pattern.CASE_INSENSITIVE);

  private enum Kind { MONEY_PREFIX, MONEY_SUFFIX, HALF, TONNES, TEU, PERCENT, FOLD, TIMES, VERB_TIMES,
    KM, DAYS, HOURS, YEARS, CONTAINERS, TRAINS, COUNT, BARE }

  private record Rule(Kind kind, Pattern pattern) {}

  private static final List<Rule> RULES =
      List.of(
          rule(Kind.MONEY_PREFIX, "(?<c>U\\.?S\\.?\\s*\\$|\\$|USD|US\\s+dollars?|€|EUR|₸|KZT|₼|AZN|RUB|CNY)\\s*"
              + AMOUNT.replace("(?<![\\p{L}\\p{N}.,/-])", "")),
          rule(Kind.MONEY_SUFFIX, AMOUNT + "\\s*(?<c>(?:US\\s+|U\\.S\\.\\s+|American\\s+)?dollars|USD|euros?|EUR"
              + "|tenge|KZT|manats?|AZN|rubles|roubles|RUB|yuan|CNY)\\b"),
          rule(Kind.HALF, "\\bhalf[-\\s](?:a[-\\s])?(?<s>billion|million|trillion)\\b"
              + "(?:\\s*(?<c>(?:US\\s+)?dollars|USD|euros|tenge|manats))?"),
          rule(Kind.TONNES, AMOUNT + "\\s*(?:metric\\s+)?(?:tons|tonnes|tonne|ton|t)\\b"
              + "(?:(?:\\s+of\\s+\\p{L}+(?:\\s+\\p{L}+)?)?(?<per>" + PER_YEAR + ")|)"),
          rule(Kind.TEU, AMOUNT + "\\s*(?:TEU|twenty-foot equivalent units)\\b"),
          rule(Kind.PERCENT, N + "\\s*(?:%|percent\\b|per\\s+cent\\b)"),
          rule(Kind.FOLD, NW + "[-\\s]?fold\\b"),
          rule(Kind.VERB_TIMES, "\\b(?<v>doubled|tripled|trebled|quadrupled)\\b"),
          rule(Kind.TIMES, "\\b" + GROW + "(?:\\s+\\p{L}+){0,3}?\\s+(?:by\\s+)?" + NW + "\\s+times\\b"
              + "|" + NW.replace("<n>", "<m>") + "\\s+times\\s+(?:more|higher|larger|greater|bigger|over)\\b"),
          rule(Kind.KM, AMOUNT + "\\s*(?:kilometers|kilometres|kilometer|kilometre|km)\\b"),
          rule(Kind.DAYS, NW + "\\s+days?\\b"),
          rule(Kind.HOURS, NW + "\\s+hours?\\b"),
          rule(Kind.YEARS, NW + "\\s+years?\\b(?!\\s+old)"),
          rule(Kind.CONTAINERS, AMOUNT + "\\s+(?:[\\p{L}-]+\\s+)?containers\\b"),
          rule(Kind.TRAINS, NW + "\\s+(?:(?:container|block|freight|cargo|transit)\\s+)?trains"
              + "\\s+(?:per|a|each|every)\\s+(?<p>month|week|year|day)\\b"),
          rule(Kind.COUNT, NW + "\\s+(?:(?:" + COUNT_ADJ + ")\\s+){0,3}(?<noun>" + COUNTED + ")\\b"),
          rule(Kind.BARE, AMOUNT.replace("(?:\\s*(?<s>", "(?:\\s*(?<s>").replace(")\\b)?", ")\\b)")));

  private static Rule rule(Kind k, String regex) {
    return new Rule(k, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
  }

  private Quantities() {}

  /** Every amount in {@code text}, left to right; where two overlap, the one starting first wins. */
  public static List<Amount> findAll(String text) {
    List<Amount> all = new ArrayList<>();
    if (!MAY_HOLD_AMOUNT.matcher(text).find()) {
      return all; // no figure, no number word: no rule can match
    }
    for (Rule r : RULES) {
      Matcher m = r.pattern().matcher(text);
      while (m.find()) {
        Amount a = toAmount(r.kind(), m);
        if (a != null) {
          all.add(a);
        }
      }
    }
    all.sort(Comparator.comparingInt(Amount::start).thenComparing(a -> -(a.end() - a.start())));
    List<Amount> out = new ArrayList<>();
    int covered = -1;
    for (Amount a : all) {
      if (a.start() >= covered) {
        out.add(a);
        covered = a.end();
      }
    }
    return out;
  }

  private static Amount toAmount(Kind k, Matcher m) {
    String unit;
    BigDecimal value;
    String counted = null;
    switch (k) {
      case MONEY_PREFIX, MONEY_SUFFIX -> {
        value = number(m);
        unit = currency(m.group("c"));
      }
      case HALF -> {
        value = new BigDecimal("0.5").multiply(NumberWords.scale(m.group("s")));
        unit = m.group("c") == null ? null : currency(m.group("c"));
      }
      case TONNES -> {
        value = number(m);
        unit = m.group("per") != null ? "t/year" : "t";
      }
      case TEU -> { value = number(m); unit = "TEU"; }
      case PERCENT, FOLD -> { value = number(m); unit = k == Kind.PERCENT ? "percent" : "times"; }
      case VERB_TIMES -> {
        String v = m.group("v").toLowerCase(Locale.ROOT);
        value = BigDecimal.valueOf(v.startsWith("doub") ? 2 : v.startsWith("quad") ? 4 : 3);
        unit = "times";
      }
      case TIMES -> {
        String n = m.group("n") != null ? m.group("n") : m.group("m");
        value = NumberWords.parse(n);
        unit = "times";
        int s = m.group("n") != null ? m.start("n") : m.start("m");
        return new Amount(value, unit, null, s, m.end(), m.group().substring(s - m.start()));
      }
      case KM -> { value = number(m); unit = "km"; }
      case DAYS -> { value = number(m); unit = "days"; }
      case HOURS -> { value = number(m); unit = "hours"; }
      case YEARS -> { value = number(m); unit = "years"; }
      case CONTAINERS -> { value = number(m); unit = "containers"; }
      case TRAINS -> { value = number(m); unit = "trains/" + m.group("p").toLowerCase(Locale.ROOT); }
      case COUNT -> {
        value = number(m);
        unit = "count";
        counted = m.group("noun").toLowerCase(Locale.ROOT);
      }
      case BARE -> { value = number(m); unit = null; }
      default -> throw new IllegalStateException(k.name());
    }
    if (value == null || value.signum() <= 0) {
      return null;
    }
    return new Amount(value.stripTrailingZeros(), unit, counted, m.start(), m.end(), m.group());
  }

  private static BigDecimal number(Matcher m) {
    BigDecimal n = NumberWords.parse(m.group("n"));
    if (n == null) {
      return null;
    }
    String s = groupOrNull(m, "s");
    return n.multiply(NumberWords.scale(s));
  }

  private static String groupOrNull(Matcher m, String g) {
    try {
      return m.group(g);
    } catch (IllegalArgumentException noSuchGroup) {
      return null;
    }
  }

  /** The ISO-style code of a currency as written: "$", "US dollars" → USD, "tenge" → KZT. */
  static String currency(String written) {
    String c = written.toLowerCase(Locale.ROOT).replaceAll("[\\s.]", "");
    if (c.contains("$") || c.contains("dollar") || c.equals("usd")) {
      return "USD";
    }
    if (c.startsWith("€") || c.startsWith("eur")) {
      return "EUR";
    }
    if (c.equals("₸") || c.equals("kzt") || c.equals("tenge")) {
      return "KZT";
    }
    if (c.equals("₼") || c.equals("azn") || c.startsWith("manat")) {
      return "AZN";
    }
    if (c.startsWith("rub") || c.startsWith("roub")) {
      return "RUB";
    }
    return "CNY";
  }

  private static final Pattern DOLLAR_WORD = Pattern.compile("\\$|\\bdollars?\\b|\\bUSD\\b", Pattern.CASE_INSENSITIVE);

  /**
   * The currency of an amount written without one ("the half-billion mark"). The rule: the
   * sentence's own word for dollars ("$", "dollars", "USD") makes it USD; otherwise, if every
   * amount with a written currency elsewhere in {@code context} (the article) has one and the same
   * currency, that one; otherwise null: the currency is unknown and no money figure should be made.
   */
  public static String impliedCurrency(String sentence, String context) {
    if (DOLLAR_WORD.matcher(sentence).find()) {
      return "USD";
    }
    String found = null;
    for (Amount a : findAll(context)) {
      if (a.unit() != null && isCurrency(a.unit())) {
        if (found != null && !found.equals(a.unit())) {
          return null;
        }
        found = a.unit();
      }
    }
    return found;
  }

  /** Whether a unit code is a currency. */
  public static boolean isCurrency(String unit) {
    return unit != null && unit.length() == 3 && unit.equals(unit.toUpperCase(Locale.ROOT))
        && !unit.equals("TEU");
  }
}

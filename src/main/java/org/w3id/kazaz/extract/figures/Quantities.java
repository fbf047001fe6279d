package org.w3id.kazaz.extract.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.annotate.NamedEntity;
import org.w3id.kazaz.annotate.Sentence;
import org.w3id.kazaz.annotate.Token;

/**
 * The amounts of a sentence with their units: "$529 million" → 529000000 USD, "540,000 tons" →
 * 540000 t, "10 million tons per year" → t/year, "25%" → percent, "fivefold" → 5 times, "11 days",
 * "30 years", "61 containers", "10 container trains per month" → trains/month, "14 agreements" →
 * 14 count.
 *
 * <p>The number is CoreNLP's: its MONEY, NUMBER, PERCENT and DURATION mentions and their
 * normalised values ("$5.29E8", "€1.2E7", "%25.0", "P11D", "1500000.0" for "1.5 million",
 * "14.0" for "fourteen"). What CoreNLP lacks is read here, by hand, each where it is done: the
 * units of {@link Units} after a number (t, TEU, km, GW, bcm, per year ...) and the currencies it
 * does not know (tenge, manats, "USD 2.5 billion"); the scale abbreviations "mln", "bln", "bn";
 * multipliers ("3.1-fold", "fourfold", "doubled", "five times" after a verb of growth); halves
 * ("the half-billion mark", where CoreNLP reads "half a billion" as a billion, and "by half");
 * and ranges, of which the lower bound is kept ("12 to 15 days" is 12; "from 5 to 6 million" 5 million).
 *
 * <p>An amount with a scale but no written unit ("1.5 billion") is returned with a null unit:
 * whether it is money is for the caller to decide with {@link #impliedCurrency}. Bare numbers,
 * years, ordinals and list numbers have no unit and are never returned.
 */
public final class Quantities {
  /**
   * One amount found.
   *
   * @param value the normalised value
   * @param unit the unit code of {@code units.tsv} (USD, t, t/year, TEU, percent, km, days ...),
   *     times, count, or null for a bare scaled amount
   * @param counted for unit count, the noun counted ("agreements"); else null
   * @param start offset in the sentence (or text) searched
   * @param end offset just after
   * @param text the amount as written
   */
  public record Amount(BigDecimal value, String unit, String counted, int start, int end, String text) {}

  private static final List<String> AMOUNT_TYPES = List.of("MONEY", "NUMBER", "PERCENT", "DURATION");
  private static final Pattern YEAR_LIKE = Pattern.compile("\\d{4}");
  private static final Pattern SCALE_FIRST =
      Pattern.compile("(?i)^(?:a\\s+)?" + Units.alternation(Units.Kind.SCALE) + "\\b.*");
  private static final Pattern HAS_SCALE =
      Pattern.compile("(?i)\\b" + Units.alternation(Units.Kind.SCALE) + "\\b");
  /** "P11D"; and a range, "P12D/P15D" for "12 to 15 days", read by its lower bound. */
  private static final Pattern ISO_DURATION = Pattern.compile("P(?:T)?(\\d+(?:\\.\\d+)?)([YWDH])(?:/P(?:T)?\\d+(?:\\.\\d+)?\\2)?");
  private static final Pattern COORDINATED = Pattern.compile("(?i)\\s(?:and|or)\\s|,\\s");
  private static final Pattern DURATION_WORD =
      Pattern.compile("(?i)(?:\\b|-)(?:years?|days?|hours?|weeks?)\\b");
  /** Plural nouns of time and of multiplying, which a number does not count. */
  private static final Pattern NOT_COUNTED =
      Pattern.compile("(?i)times|seconds|minutes|hours|days|weeks|months|years|decades|centuries|percent");
  private static final Pattern TIMES_WORD = Pattern.compile("(?i)^\\s+times\\b");
  /** "the two countries", "both sides", "all 14 agreements": a reference, not a count. */
  private static final Pattern REFERENCE_BEFORE =
      Pattern.compile("(?i)\\b(?:the|both|these|those|our|their|its|his|her|all)\\s+$");

  // --- by hand: what CoreNLP does not read
  /** "3.1-fold", "fourfold": CoreNLP reads no number in them. */
  private static final Pattern FOLD = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}.,/-])(?<n>\\d+(?:\\.\\d+)?|" + NumberWords.WORD + ")[-\\s]?fold\\b");
  /** "doubled", "tripled": a multiplier in a verb. */
  private static final Pattern VERB_TIMES = Pattern.compile("(?i)\\b(?<v>doubled|tripled|trebled|quadrupled)\\b");
  /** "the half-billion mark", "half a billion dollars": CoreNLP gives no amount, or a billion. */
  private static final Pattern HALF = Pattern.compile("(?i)\\bhalf[-\\s](?:a[-\\s])?(?<s>million|billion|trillion)\\b");
  /** "jumped by half": fifty percent. */
  private static final Pattern BY_HALF = Pattern.compile("(?i)\\bby\\s+(?:a\\s+)?half\\b(?![-\\s](?:a[-\\s])?(?:million|billion|trillion))");

  private Quantities() {}

  /**
   * Every amount of an annotated sentence, left to right, offsets relative to the sentence; where
   * two overlap, the one starting first wins. {@code entities} are CoreNLP's mentions in it.
   */
  public static List<Amount> findAll(Sentence sentence, List<NamedEntity> entities) {
    String text = sentence.text();
    int base = sentence.start();
    List<Amount> all = new ArrayList<>();
    for (NamedEntity[] m : mentions(entities)) {
      int start = m[0].span().start() - base;
      int end = m[m.length - 1].span().end() - base;
      if (start < 0 || end > text.length()) {
        continue;
      }
      if (m[0].type().matches("MONEY|PERCENT") && COORDINATED.matcher(text.substring(start, end)).find()) {
        // CoreNLP's normaliser joins coordinated sums into one ("$5 million and 20 million euros"
        // -> $5.00002E12, "$465 million, which is 22%" -> %465000022): each is read from its words
        for (Amount a : findAll(text.substring(start, end))) {
          all.add(new Amount(a.value(), a.unit(), a.counted(), a.start() + start, a.end() + start, a.text()));
        }
        continue;
      }
      add(all, fromMention(text, sentence.tokens(), base, start, end, m[0].type(), m[0].normalized()));
    }
    byHand(text, all);
    return nonOverlapping(all);
  }

  /** Adjacent mentions of one type and value are one ("5", "to", "6" of "from 5 to 6 million"). */
  private static List<NamedEntity[]> mentions(List<NamedEntity> entities) {
    List<NamedEntity[]> out = new ArrayList<>();
    List<NamedEntity> run = new ArrayList<>();
    for (NamedEntity e : entities) {
      boolean yearLike = e.type().equals("DATE") && YEAR_LIKE.matcher(e.span().text()).matches();
      if (!AMOUNT_TYPES.contains(e.type()) && !yearLike || e.normalized() == null && !yearLike) {
        continue;
      }
      NamedEntity last = run.isEmpty() ? null : run.get(run.size() - 1);
      if (last != null && last.type().equals(e.type()) && String.valueOf(last.normalized()).equals(e.normalized())
          && e.span().start() - last.span().end() <= 1 && !yearLike) {
        run.add(e);
        continue;
      }
      if (!run.isEmpty()) {
        out.add(run.toArray(NamedEntity[]::new));
      }
      run = new ArrayList<>(List.of(e));
    }
    if (!run.isEmpty()) {
      out.add(run.toArray(NamedEntity[]::new));
    }
    return out;
  }

  private static Amount fromMention(String text, List<Token> tokens, int base, int start, int end, String type,
      String normalized) {
    String written = text.substring(start, end);
    if (!hasNumber(tokens, base + start, base + end) || SCALE_FIRST.matcher(written).matches()) {
      return null; // "year" of "per year", "billion" alone, "half a billion" (read by hand)
    }
    if (type.equals("DATE")) {
      // SUTime reads a four-digit number as a year: it is an amount only with a unit after it
      normalized = written;
      type = "NUMBER";
    }
    switch (type) {
      case "MONEY" -> {
        BigDecimal v = scaledByHand(value(normalized), written);
        String symbol = normalized.replaceFirst("^[<>=~]+", "").replaceFirst("\\d.*$", "");
        String c = Units.currency(symbol);
        Units.Read own = Units.after(text.substring(end), Units.Kind.CURRENCY);
        if (own != null && (c == null || symbol.equals("$"))) {
          c = own.code(); // "5 billion tenge" that CoreNLP took for dollars
          end += own.length();
        }
        return c == null ? null : amount(v, c, null, start, end, text);
      }
      case "PERCENT" -> {
        return amount(value(normalized), "percent", null, start, end, text);
      }
      case "DURATION" -> {
        Matcher d = ISO_DURATION.matcher(normalized);
        if (!d.matches() || !DURATION_WORD.matcher(written).find()) {
          return null; // months, ranges and vague durations are no figure units
        }
        BigDecimal v = new BigDecimal(d.group(1));
        String u = switch (d.group(2)) {
          case "Y" -> "years";
          case "H" -> "hours";
          case "W" -> "weeks";
          default -> "days";
        };
        if (u.equals("weeks")) {
          v = v.multiply(BigDecimal.valueOf(7));
          u = "days";
        }
        return amount(v, u, null, start, end, text);
      }
      default -> {
        return number(text, tokens, base, start, end, normalized);
      }
    }
  }

  /** A NUMBER mention and what follows or precedes it: a unit, a currency, "times", a plural noun. */
  private static Amount number(String text, List<Token> tokens, int base, int start, int end, String normalized) {
    BigDecimal v = value(normalized);
    if (v == null) {
      return null;
    }
    String written = text.substring(start, end);
    boolean scaled = HAS_SCALE.matcher(written).find();
    String rest = text.substring(end);
    Units.Read scale = Units.after(rest, Units.Kind.SCALE);
    if (scale != null && !scaled) {
      // "1.3 mln", "2 bln", "4.1 bn": CoreNLP reads these abbreviations apart from the number,
      // or not at all. A number over a thousand already carries its scale (a range CoreNLP read
      // whole: "from 5 to 6 million").
      if (v.compareTo(BigDecimal.valueOf(1000)) < 0) {
        v = v.multiply(new BigDecimal(scale.code()));
      }
      end += scale.length();
      rest = text.substring(end);
      scaled = true;
    }
    Units.Read u = Units.after(rest, Units.Kind.CURRENCY, Units.Kind.UNIT, Units.Kind.RATED);
    if (u != null) {
      v = v.multiply(u.factor());
      end += u.length();
      String unit = u.code();
      if (isRated(u.code())) {
        Units.Read per = Units.after(text.substring(end), Units.Kind.PER);
        if (per != null) {
          unit = u.code() + "/" + per.code();
          end += per.length();
        } else if (!u.code().equals("trains") && Units.annualBefore(clauseBefore(text, start))) {
          unit = u.code() + "/year";
        } else if (u.code().equals("trains")) {
          return amount(v, "count", "trains", start, end, text);
        }
      }
      return amount(v, unit, null, start, end, text);
    }
    Units.Read before = Units.currencyBefore(text.substring(0, start));
    if (before != null) {
      return amount(v, before.code(), null, start - before.length(), end, text);
    }
    if (Units.after(rest, Units.Kind.OTHER) != null) {
      return null; // "5,000 square metres", "1.2 million barrels": a measure of no unit code
    }
    Matcher times = TIMES_WORD.matcher(rest);
    if (times.find() && (FigureIndicators.cue("times-before").matcher(text.substring(0, start)).find()
        || FigureIndicators.cue("times-after").matcher(rest.substring(times.end())).find())) {
      return amount(v, "times", null, start, end + times.end(), text);
    }
    String noun = countedNoun(tokens, base + end);
    if (noun != null && !REFERENCE_BEFORE.matcher(text.substring(0, start)).find()
        && v.stripTrailingZeros().scale() <= 0) {
      return amount(v, "count", noun, start, end, text);
    }
    return scaled ? amount(v, null, null, start, end, text) : null;
  }

  /** "$7.5 mln": CoreNLP keeps the mention but not the abbreviated scale; a value under 1000 takes it. */
  private static BigDecimal scaledByHand(BigDecimal v, String written) {
    Matcher m = Pattern.compile("(?i)(?<![\\p{L}])(mln|mn|bln|bn)\\b").matcher(written);
    if (v != null && m.find() && v.compareTo(BigDecimal.valueOf(1000)) < 0) {
      return v.multiply(new BigDecimal(Units.after(m.group(1), Units.Kind.SCALE).code()));
    }
    return v;
  }

  /** The words of the sentence before {@code at}, back to the last comma, semicolon or colon. */
  private static String clauseBefore(String text, int at) {
    int from = Math.max(text.lastIndexOf(',', at - 1), Math.max(text.lastIndexOf(';', at - 1), text.lastIndexOf(':', at - 1)));
    return text.substring(from + 1, at);
  }

  private static boolean isRated(String code) {
    return code.equals("t") || code.equals("bcm") || code.equals("TEU") || code.equals("trains");
  }

  /**
   * The plural noun an amount counts: the first plural noun (NNS) after it, over up to three
   * adjectives, participles or nouns ("14 new bilateral agreements"), or null.
   */
  private static String countedNoun(List<Token> tokens, int from) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < from) {
      i++;
    }
    for (int k = 0; k < 4 && i + k < tokens.size(); k++) {
      Token t = tokens.get(i + k);
      if (t.pos().equals("NNS") && t.word().matches("\\p{L}[\\p{L}-]*") && !NOT_COUNTED.matcher(t.word()).matches()) {
        return t.word().toLowerCase(Locale.ROOT);
      }
      if (!t.pos().matches("JJ|JJR|VBN|NN|NNP|HYPH") || t.word().matches("(?i)per|a|times")) {
        return null;
      }
    }
    return null;
  }

  private static boolean hasNumber(List<Token> tokens, int from, int to) {
    for (Token t : tokens) {
      if (t.start() >= from && t.end() <= to && (t.pos().equals("CD") || t.word().matches(".*\\d.*"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The number of a normalised value: "$5.29E8", "~90000.0", "<=1.0E7", "%25.0"; of a range
   * ("7.0 - 8.0", "5.0-6000000.0") the lower bound, with the scale written once. Null if there is none.
   */
  static BigDecimal value(String normalized) {
    if (normalized == null) {
      return null;
    }
    Matcher m = Pattern.compile("\\d+(?:[.,]\\d+)*(?:E[+-]?\\d+)?").matcher(normalized);
    String first = null;
    String last = null;
    while (m.find()) {
      first = first == null ? m.group() : first;
      last = m.group();
    }
    if (last == null) {
      return null;
    }
    try {
      // CoreNLP computes in doubles ("$4.1 billion" -> 4.0999999999999995E9): 12 digits are exact
      java.math.MathContext exact = new java.math.MathContext(12);
      BigDecimal low = new BigDecimal(first.replace(",", ""));
      BigDecimal high = new BigDecimal(last.replace(",", ""));
      // "5.0-6000000.0" for "from 5 to 6 million": the scale written once is both bounds'
      BigDecimal thousand = BigDecimal.valueOf(1000);
      while (low.signum() > 0 && low.multiply(thousand).compareTo(high) <= 0) {
        low = low.multiply(thousand);
      }
      return low.round(exact);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The amounts CoreNLP has no mention for, read by hand (see the class comment). */
  private static void byHand(String text, List<Amount> all) {
    Matcher m = FOLD.matcher(text);
    while (m.find()) {
      add(all, amount(NumberWords.parse(m.group("n")), "times", null, m.start(), m.end(), text));
    }
    m = VERB_TIMES.matcher(text);
    while (m.find()) {
      String v = m.group("v").toLowerCase(Locale.ROOT);
      int n = v.startsWith("doub") ? 2 : v.startsWith("quad") ? 4 : 3;
      add(all, amount(BigDecimal.valueOf(n), "times", null, m.start(), m.end(), text));
    }
    Matcher half = HALF.matcher(text);
    while (half.find()) {
      BigDecimal v = new BigDecimal("0.5").multiply(new BigDecimal(Units.after(half.group("s"), Units.Kind.SCALE).code()));
      Units.Read c = Units.after(text.substring(half.end()), Units.Kind.CURRENCY);
      int from = half.start();
      int end = c == null ? half.end() : half.end() + c.length();
      all.removeIf(a -> a.start() < end && a.end() > from); // CoreNLP's "billion dollars"
      all.add(amount(v, c == null ? null : c.code(), null, from, end, text));
    }
    m = BY_HALF.matcher(text);
    while (m.find()) {
      add(all, amount(BigDecimal.valueOf(50), "percent", null, m.start(), m.end(), text));
    }
  }

  private static void add(List<Amount> all, Amount a) {
    if (a != null) {
      all.add(a);
    }
  }

  private static Amount amount(BigDecimal value, String unit, String counted, int start, int end, String text) {
    if (value == null || value.signum() <= 0) {
      return null;
    }
    return new Amount(value.stripTrailingZeros(), unit, counted, start, end, text.substring(start, end));
  }

  private static List<Amount> nonOverlapping(List<Amount> all) {
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

  // --- plain text, for callers that hold no annotated sentence

  private static final Pattern TEXT_AMOUNT = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}.,/-])(?<n>" + NumberWords.DIGITS + "|" + NumberWords.WORD + ")"
          + "(?:\\s*(?<s>" + Units.alternation(Units.Kind.SCALE) + ")\\b)?");

  /**
   * The amounts with a unit of {@link Units} in plain text ("7,000 kilometers", "eleven days",
   * "USD 2.5 billion"), for a caller that holds only a string (the route reader); the number is
   * read by hand there, as no CoreNLP mention is at hand. Figures read {@link #findAll(Sentence,
   * List)}.
   */
  public static List<Amount> findAll(String text) {
    List<Amount> all = new ArrayList<>();
    Matcher m = TEXT_AMOUNT.matcher(text);
    while (m.find()) {
      BigDecimal v = NumberWords.parse(m.group("n"));
      if (v == null) {
        continue;
      }
      if (m.group("s") != null) {
        v = v.multiply(new BigDecimal(Units.after(m.group("s"), Units.Kind.SCALE).code()));
      }
      int end = m.end();
      Units.Read u = Units.after(text.substring(end), Units.Kind.CURRENCY, Units.Kind.UNIT, Units.Kind.RATED);
      if (u != null) {
        end += u.length();
        String unit = u.code();
        Units.Read per = isRated(unit) ? Units.after(text.substring(end), Units.Kind.PER) : null;
        if (per != null) {
          unit += "/" + per.code();
          end += per.length();
        }
        add(all, amount(v.multiply(u.factor()), unit.equals("trains") ? "count" : unit,
            unit.equals("trains") ? "trains" : null, m.start(), end, text));
        continue;
      }
      Units.Read before = Units.currencyBefore(text.substring(0, m.start()));
      if (before != null) {
        add(all, amount(v, before.code(), null, m.start() - before.length(), end, text));
      } else if (m.group("s") != null) {
        add(all, amount(v, null, null, m.start(), end, text));
      }
    }
    byHand(text, all);
    return nonOverlapping(all);
  }

  /**
   * The currency of an amount written without one ("the half-billion mark"). The rule: the
   * sentence's own word for dollars makes it USD; otherwise, if every amount with a currency of
   * the article ({@code article}) has one and the same currency, that one; otherwise null: the
   * currency is unknown and no money figure should be made.
   */
  public static String impliedCurrency(String sentence, List<Amount> article) {
    if (Pattern.compile("(?i)\\$|\\bdollars?\\b|\\bUSD\\b").matcher(sentence).find()) {
      return "USD";
    }
    String found = null;
    for (Amount a : article) {
      if (isCurrency(a.unit())) {
        if (found != null && !found.equals(a.unit())) {
          return null;
        }
        found = a.unit();
      }
    }
    return found;
  }

  /** As {@link #impliedCurrency(String, List)}, the article's amounts read from plain text. */
  public static String impliedCurrency(String sentence, String context) {
    return impliedCurrency(sentence, findAll(context));
  }

  /** Whether a unit code is a currency. */
  public static boolean isCurrency(String unit) {
    return Units.isCurrency(unit);
  }
}

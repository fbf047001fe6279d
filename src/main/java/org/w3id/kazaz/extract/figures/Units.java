package org.w3id.kazaz.extract.figures;

import org.w3id.kazaz.extract.common.Rules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one list of units ({@code ontology/extraction/units.tsv}): how currencies, measures, rates
 * and the scale words CoreNLP does not read are written next to an amount.
 */
final class Units {
  static final String RESOURCE = "/ontology/extraction/units.tsv";

  enum Kind { CURRENCY, UNIT, RATED, PER, ANNUAL, SCALE, OTHER }

  /** One written form of a unit: its kind, code, the factor it puts on the number, and its regex. */
  record Form(Kind kind, String code, BigDecimal factor, Pattern after, Pattern before) {}

  /** A unit read after (or before) an amount: its code, factor, and how many characters it took. */
  record Read(String code, BigDecimal factor, int length) {}

  private static final List<Form> FORMS = load();

  private Units() {}

  static List<Form> load() {
    List<Form> out = new ArrayList<>();
    for (Rules.Row row : Rules.rows(RESOURCE, 4)) {
      Kind kind;
      try {
        kind = Kind.valueOf(row.get(0).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(RESOURCE + ":" + row.line() + ": unknown kind " + row.get(0), e);
      }
      Rules.compile(RESOURCE, row, 3); // fails with the line if the regex is bad
      String regex = "(?:" + row.get(3) + ")";
      int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      Pattern after = Pattern.compile("^\\s*" + regex + "(?![\\p{L}\\p{N}])", flags);
      Pattern before = Pattern.compile("(?<![\\p{L}\\p{N}])" + regex + "\\s*$", flags);
      out.add(new Form(kind, row.get(1), new BigDecimal(row.get(2)), after, before));
    }
    return List.copyOf(out);
  }

  /** The first form of one of {@code kinds} that {@code text} starts with (after blanks), or null. */
  static Read after(String text, Kind... kinds) {
    Read best = null;
    for (Form f : FORMS) {
      if (!List.of(kinds).contains(f.kind())) {
        continue;
      }
      Matcher m = f.after().matcher(text);
      if (m.find() && (best == null || m.end() > best.length())) {
        best = new Read(f.code(), f.factor(), m.end());
      }
    }
    return best;
  }

  /** The currency written just before an amount ("USD 2.5 billion", "KZT 5 billion"), or null. */
  static Read currencyBefore(String text) {
    for (Form f : FORMS) {
      if (f.kind() == Kind.CURRENCY) {
        Matcher m = f.before().matcher(text);
        if (m.find()) {
          return new Read(f.code(), f.factor(), text.length() - m.start());
        }
      }
    }
    return null;
  }

  /** Whether the words before a rated amount make it yearly ("annual capacity to 15 million tonnes"). */
  static boolean annualBefore(String clauseBefore) {
    for (Form f : FORMS) {
      if (f.kind() == Kind.ANNUAL
          && Pattern.compile("(?i)(?<![\\p{L}])" + alternationOf(f) + "(?![\\p{L}])").matcher(clauseBefore).find()) {
        return true;
      }
    }
    return false;
  }

  private static String alternationOf(Form f) {
    String p = f.after().pattern();
    return p.substring("^\\s*".length(), p.length() - "(?![\\p{L}\\p{N}])".length());
  }

  /** The currency code of a currency as written ("$", "US dollars" -> USD), or null. */
  static String currency(String written) {
    Read r = after(written, Kind.CURRENCY);
    return r == null ? null : r.code();
  }

  /** The factor of a scale word ("mln" -> 1e6), or null if it is none. */
  static BigDecimal scale(String word) {
    Read r = after(word, Kind.SCALE);
    return r == null || r.length() != word.length() ? null : new BigDecimal(r.code());
  }

  /** Every form of {@code kind} as one regex alternation, for readers that search free text. */
  static String alternation(Kind kind) {
    StringBuilder sb = new StringBuilder();
    for (Form f : FORMS) {
      if (f.kind() == kind) {
        sb.append(sb.length() == 0 ? "" : "|").append(alternationOf(f));
      }
    }
    return "(?:" + sb + ")";
  }

  /** Whether a unit code is a currency of the list. */
  static boolean isCurrency(String code) {
    return code != null && FORMS.stream().anyMatch(f -> f.kind() == Kind.CURRENCY && f.code().equals(code));
  }
}

package org.w3id.kazaz.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.annotate.Span;

/**
 * The other names an article gives a body the converter found by pattern, kept as its aliases so
 * that a search or a match by any of them finds it: the name as written where it differs from the
 * label the converter made ("National Tourism Agency" for "National Tourism Agency of Georgia"),
 * and the abbreviation the article defines right after it ("... Tourism Agency (GNTA)").
 */
final class WrittenNames {
  private static final Pattern DEFINED = Pattern.compile("\\A\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9})\\)");

  private WrittenNames() {}

  static List<String> of(String text, Span span, String label) {
    List<String> out = new ArrayList<>();
    String written = span.text().replaceAll("\\s+", " ").strip();
    if (written.contains(" ") && Character.isUpperCase(written.charAt(0)) && !key(written).equals(key(label))) {
      out.add(written);
    }
    Matcher d = DEFINED.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 16)));
    if (d.find() && initialsAgree(d.group(1), written)) {
      out.add(d.group(1));
    }
    return out;
  }

  /**
   * "TSMU" abbreviates "Tbilisi State Medical University", and "GNTA" the "National Tourism
   * Agency" of Georgia: the name's initials and the abbreviation's letters, one read in
   * order inside the other.
   */
  static boolean initialsAgree(String acronym, String name) {
    String letters = acronym.replaceAll("[^\\p{Lu}]", "");
    String i = org.w3id.kazaz.extract.common.Names.initials(name);
    return Math.min(letters.length(), i.length()) >= 2 && (within(letters, i) || within(i, letters));
  }

  private static boolean within(String shorter, String longer) {
    int at = 0;
    for (char c : longer.toCharArray()) {
      if (at < shorter.length() && shorter.charAt(at) == c) {
        at++;
      }
    }
    return at == shorter.length();
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}

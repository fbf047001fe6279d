package org.w3id.kazaz.extract.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as keys of identity. {@link #normalise} folds the spellings of one name to one key (case,
 * punctuation, quotes, legal forms, "the", "of the Republic"); {@link #slug} makes a stable,
 * readable IRI segment of a name.
 */
public final class Names {
  /** Legal forms and filler words that do not tell one body from another. */
  private static final Pattern NOISE =
      Pattern.compile(
          "\\b(?:non[- ]?profit|non[- ]?commercial|joint[- ]?stock company|public joint[- ]?stock"
              + " company|closed joint[- ]?stock company|limited liability partnership|limited liability"
              + " company|legal entity of public law|republican state institution|republican state"
              + " enterprise|state institution|ojsc|cjsc|pjsc|jsc|llp|llc|ltd|plc|ojsc|the|of the republic"
              + "|republic of)\\b");

  private static final int MAX_SLUG = 80;

  private Names() {}

  /** Folds a name for comparison: "JSC “Damu Fund”" and "the Damu Fund" give "damu fund". */
  public static String normalise(String name) {
    String s = ascii(name).toLowerCase(Locale.ROOT);
    s = s.replaceAll("['`]", "");
    s = s.replaceAll("[^a-z0-9]+", " ");
    s = NOISE.matcher(" " + s + " ").replaceAll(" ");
    s = NOISE.matcher(s).replaceAll(" "); // a second pass for words freed by the first
    return s.replaceAll("\\s+", " ").strip();
  }

  /** A lower-case ASCII slug with hyphens, at most 80 characters, cut at a hyphen. */
  public static String slug(String name) {
    String s = ascii(name).toLowerCase(Locale.ROOT).replaceAll("['`]", "");
    s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > MAX_SLUG) {
      s = s.substring(0, MAX_SLUG);
      int cut = s.lastIndexOf('-');
      s = cut > MAX_SLUG / 2 ? s.substring(0, cut) : s;
      s = s.replaceAll("-+$", "");
    }
    return s.isEmpty() ? "x" : s;
  }

  /** The first letters of a name's capitalised words: "BTC" of "Baku-Tbilisi-Ceyhan". */
  public static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s\\-–]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  /** Whether every letter and digit of {@code name} survives {@link #slug}: it folds to ASCII. */
  public static boolean foldsToAscii(String name) {
    return ascii(name).codePoints().noneMatch(c -> c > 127 && Character.isLetterOrDigit(c));
  }

  /** Strips diacritics and maps typographic quotes and letters without a decomposition. */
  static String ascii(String name) {
    String s =
        name.replace('’', '\'')
            .replace('ʼ', '\'')
            .replace('‘', '\'')
            .replace("ə", "e")
            .replace("Ə", "E")
            .replace("ı", "i")
            .replace("ß", "ss")
            .replace("æ", "ae")
            .replace("ø", "o")
            .replace("Ø", "O")
            .replace("ł", "l")
            .replace("Ł", "L")
            .replace("đ", "d");
    s = Normalizer.normalize(s, Normalizer.Form.NFKD);
    return s.replaceAll("\\p{M}+", "");
  }
}

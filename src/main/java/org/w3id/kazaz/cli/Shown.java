package org.w3id.kazaz.cli;

/**
 * Text from outside (file names, article text, a store's path) as a line of the program's output
 * shows it: every control character, and the Unicode characters that move or reorder text (line and
 * paragraph separators, bidirectional overrides), written as a {@code \\uXXXX} escape. A file named
 * with a newline and "built FAKE: ..." cannot forge a line of the build's output, and an escape
 * sequence in a name cannot clear the terminal.
 */
final class Shown {
  private Shown() {}

  /** Where the explanation of the error code {@code code} is: its row in docs/errors.md. */
  static String pointer(String code) {
    return "docs/errors.md#" + code.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * One coded line: {@code kind [CODE]: message (see docs/errors.md#code)}, the message shown as
   * {@link #line} shows it.
   */
  static String coded(String kind, String code, String message) {
    return kind + " [" + code + "]: " + line(message) + " (see " + pointer(code) + ")";
  }

  static String line(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (hidden(c)) {
        sb.append(String.format("\\u%04X", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }

  private static boolean hidden(int c) {
    return Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029
        || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F;
  }
}

package org.w3id.kazaz.extract.common;

/** Where a text quotes someone: dates and events inside “…” belong to the speaker, not the article. */
public final class Quotations {
  private Quotations() {}

  /** Marks the characters inside “…” quotations; a quotation ends at a paragraph break. */
  public static boolean[] mask(String text) {
    boolean[] in = new boolean[text.length() + 1];
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“') {
        open = true;
      } else if (c == '”') {
        open = false;
      } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        open = false; // a quotation does not run over a paragraph without its close
      }
      in[i] = open;
    }
    return in;
  }
}

package org.w3id.kazaz.extract.agreements;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head words of document titles and what they tell: the type ("Strategic Partnership Agreement"
 * is an Agreement, "memorandum of understanding (MoU)" a MemorandumOfUnderstanding), the period of
 * validity ("for 2024-2026") and the document amended or implemented.
 */
final class DocumentHeads {
  /** A head word ({@link DocumentTypes}). */
  public static final Pattern HEAD = DocumentTypes.HEAD;

  /** Words that end the leading noun phrase of a title. */
  private static final Pattern PHRASE_END =
      Pattern.compile(
          "\\s(?:between|on|for|to|in|regarding|within|with|concerning|about|from|dated|signed|was|were"
              + "|of(?!\\s+(?:understanding|joint\\s+actions?|actions?)\\b))\\s|[,;:(]",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PERIOD =
      Pattern.compile(
          "\\bfor\\s+(?:the\\s+(?:period|years)\\s+(?:of\\s+)?)?((?:19|20)\\d{2})\\s*[-–—/]\\s*((?:19|20)?\\d{2})\\b");

  private static final String HEAD_TEXT = DocumentTypes.ALTERNATION;

  private static final Pattern AMENDS =
      Pattern.compile(
          "\\b(?:amendments?|additions?|changes?|alterations?)(?:\\s+and\\s+(?:amendments?|additions?|changes?))?"
              + "\\s+(?:to|in|into)\\s+(?:the\\s+)?(?<t>(?:[^\\s;,]+\\s+){0,3}?(?:" + HEAD_TEXT
              + ")\\b.*)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern IMPLEMENTS =
      Pattern.compile(
          "\\b(?:within\\s+the\\s+framework\\s+of|in\\s+(?:the\\s+)?implementation\\s+of|for\\s+the"
              + "\\s+implementation\\s+of|pursuant\\s+to|under)\\s+(?:the\\s+)?(?<t>(?:[^\\s;,]+\\s+){0,3}?"
              + "(?:" + HEAD_TEXT + ")\\b.*)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AMENDED_END =
      Pattern.compile("\\s+(?:dated|of\\s+(?=\\d)|signed|regarding|concerning|as\\s+regards|in\\s+terms\\s+of)\\b|[;(]|,\\s");

  private DocumentHeads() {}

  /** The head of a title's leading noun phrase (the last head word before "between", "on", ...). */
  static Matcher leadingHead(String title) {
    Matcher end = PHRASE_END.matcher(title);
    int cut = end.find() ? end.start() : title.length();
    Matcher m = HEAD.matcher(title);
    Matcher found = null;
    while (m.find() && m.start() <= cut) {
      found = HEAD.matcher(title);
      found.find(m.start());
    }
    return found;
  }

  static AgreementType type(String head) {
    AgreementType t = DocumentTypes.type(head);
    return t == null ? AgreementType.Programme : t;
  }

  /** First and last year of validity, or null. */
  static int[] period(String title) {
    Matcher m = PERIOD.matcher(title);
    if (!m.find()) {
      return null;
    }
    int from = Integer.parseInt(m.group(1));
    String to = m.group(2);
    int last = to.length() == 2 ? from / 100 * 100 + Integer.parseInt(to) : Integer.parseInt(to);
    return last >= from ? new int[] {from, last} : null;
  }

  /** The title of the document amended ("amendments to the Agreement ... dated ..."), or null. */
  static String amended(String title) {
    return cutTitle(AMENDS.matcher(title));
  }

  /** The title of the document implemented ("within the framework of the Memorandum ..."), or null. */
  static String implemented(String title) {
    return cutTitle(IMPLEMENTS.matcher(title));
  }

  private static String cutTitle(Matcher m) {
    if (!m.find()) {
      return null;
    }
    String t = m.group("t");
    Matcher end = AMENDED_END.matcher(t);
    if (end.find()) {
      t = t.substring(0, end.start());
    }
    t = t.strip().replaceAll("[.;,]+$", "");
    return t.isEmpty() ? null : t;
  }
}

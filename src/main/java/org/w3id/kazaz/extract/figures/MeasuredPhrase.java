package org.w3id.kazaz.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.kazaz.annotate.Sentence;
import org.w3id.kazaz.annotate.Token;

/**
 * What an amount measures in the article's own words, from CoreNLP's part-of-speech tags: the
 * noun phrase between the clause's verb and the amount ("put <the volume of Kazakh crude shipped
 * through the BTC> since 2023 at 3,383,000 tons"), else the clause's subject before its verb
 * ("<shipments from Aktau towards BTC> rose from 250,000 tons"), and what the amount is "of" after
 * it ("160,000 tons of <wheat>"). The indicator of {@link FigureIndicators} says what kind of
 * measure it is; this phrase says of what, as a reader would put it. Null where the clause has no
 * common noun to give ("Kazakhstan exported 5 million tons").
 */
final class MeasuredPhrase {
  /** At most this many words: a phrase, not a clause. */
  static final int MAX_WORDS = 10;
  private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "—", "–", "(", ")", "\"", "“", "”");
  private static final Set<String> EDGE_TAGS = Set.of("IN", "TO", "DT", "PDT", "CC", "RB", "RBR", "CD", "WDT", "WRB", ",", "PRP$", "POS", "HYPH", "-LRB-", "-RRB-");
  private static final Set<String> AMOUNT_NER = Set.of("NUMBER", "MONEY", "PERCENT", "DATE", "DURATION", "TIME", "ORDINAL");

  private MeasuredPhrase() {}

  /**
   * The phrase of the amount at {@code [start, end)} (offsets into the article), given the spans
   * of the sentence's other amounts, which name no measure ("rose from 250,000 tons to ...").
   */
  static String of(Sentence sentence, int start, int end, List<int[]> amounts) {
    List<Token> ts = sentence.tokens();
    int k = 0;
    while (k < ts.size() && ts.get(k).start() < start) {
      k++;
    }
    int after = k;
    while (after < ts.size() && ts.get(after).start() < end) {
      after++;
    }
    int clause = clauseStart(ts, k, amounts);
    String before = null;
    int verb = nearestVerb(ts, clause, k);
    if (verb >= 0) {
      before = phrase(ts, verb + 1, k, amounts, true);
      if (before == null) {
        before = phrase(ts, clause, verb, amounts, true);
      }
    } else {
      before = phrase(ts, clause, k, amounts, true);
    }
    String of = ofAfter(ts, after, amounts);
    if (before == null && of == null) {
      String acting = actingAfter(ts, k, after, amounts);
      return acting != null ? acting : actedOn(ts, clause, k, after, amounts);
    }
    if (before == null) {
      return of;
    }
    return of == null || before.toLowerCase(Locale.ROOT).contains(of.toLowerCase(Locale.ROOT)) ? before : before + " of " + of;
  }

  /** Where the clause of token {@code k} begins: after a semicolon, colon, dash or bracket; after a comma, if words with a noun lie between it and the amount. */
  private static int clauseStart(List<Token> ts, int k, List<int[]> amounts) {
    int c = 0;
    for (int i = k - 1; i >= 0; i--) {
      String w = ts.get(i).word();
      if (CLAUSE_BREAKS.contains(w)) {
        c = i + 1;
        break;
      }
      if (w.equals(",") && hasNoun(ts, i + 1, k, amounts)) {
        c = i + 1;
        break;
      }
      if (inAmount(ts.get(i), amounts) && hasNoun(ts, i + 1, k, amounts)) {
        c = i + 1; // "grain $7.1 million and cotton $4.3 million": a list of amounts
        break;
      }
    }
    return c;
  }

  /**
   * The verb nearest before the amount, where the clause has one: "the minister said that investors
   * had put $200 million" is what the investors put, not what the minister said.
   */
  private static int nearestVerb(List<Token> ts, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      String tag = ts.get(i).pos();
      if (tag.startsWith("VB") && !tag.equals("VBG") || tag.equals("MD")) {
        // a participle right after a noun modifies it ("crude shipped through ..."): not the clause's verb
        if (tag.equals("VBN") && i > from && ts.get(i - 1).pos().startsWith("NN")) {
          continue;
        }
        return i;
      }
    }
    return -1;
  }

  private static boolean hasNoun(List<Token> ts, int from, int to, List<int[]> amounts) {
    for (int i = from; i < to; i++) {
      Token t = ts.get(i);
      if ((t.pos().equals("NN") || t.pos().equals("NNS")) && !inAmount(t, amounts) && !AMOUNT_NER.contains(t.ner())) {
        return true;
      }
    }
    return false;
  }

  /** The words of {@code [from, to)} without the words at its edges that name nothing, or null without a common noun. */
  private static String phrase(List<Token> ts, int from, int to, List<int[]> amounts, boolean needNoun) {
    int a = from;
    int b = to;
    while (a < b && edge(ts.get(a), amounts)) {
      a++;
    }
    while (b > a && edge(ts.get(b - 1), amounts)) {
      b--;
    }
    if (b - a > MAX_WORDS) {
      b = a + MAX_WORDS;
      while (b > a && edge(ts.get(b - 1), amounts)) {
        b--;
      }
    }
    if (a >= b || needNoun && !hasNoun(ts, a, b, amounts)) {
      return null;
    }
    for (int i = a; i < b; i++) {
      if (inAmount(ts.get(i), amounts) || ts.get(i).pos().startsWith("VB") && !ts.get(i).pos().equals("VBN")
          && !ts.get(i).pos().equals("VBG")) {
        return null; // another amount or a second verb inside: a clause, not a phrase
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = a; i < b; i++) {
      Token t = ts.get(i);
      boolean glued = i > a && (t.word().equals("'s") || t.word().equals("’s") || t.word().equals(",")
          || ts.get(i - 1).pos().equals("HYPH") || t.pos().equals("HYPH"));
      sb.append(i == a || glued ? "" : " ").append(t.word());
    }
    return sb.toString();
  }

  private static boolean edge(Token t, List<int[]> amounts) {
    return EDGE_TAGS.contains(t.pos()) || AMOUNT_NER.contains(t.ner()) || inAmount(t, amounts)
        || t.pos().startsWith("VB") || t.pos().equals("MD") || t.pos().equals(".");
  }

  /**
   * "almost 45,000 people travelled from Georgia to Azerbaijan": what a count's noun did, up to
   * the clause's end, says what is counted.
   */
  private static String actingAfter(List<Token> ts, int k, int after, List<int[]> amounts) {
    if (after + 1 < ts.size() && ts.get(after).pos().matches("NNS?") && !inAmount(ts.get(after), amounts)) {
      after++; // the counted noun stands after the number: "45,000 people travelled"
    }
    if (after >= ts.size() || after == 0 || !ts.get(after - 1).pos().startsWith("NN")
        || !Set.of("VBD", "VBZ", "VBP", "VBN").contains(ts.get(after).pos())) {
      return null;
    }
    int end = after;
    while (end < ts.size() && end - after < MAX_WORDS - 1 && !CLAUSE_BREAKS.contains(ts.get(end).word())
        && !ts.get(end).word().equals(",") && !ts.get(end).pos().equals(".") && !inAmount(ts.get(end), amounts)
        && !AMOUNT_NER.contains(ts.get(end).ner())) {
      end++;
    }
    while (end > after + 1 && EDGE_TAGS.contains(ts.get(end - 1).pos())) {
      end--;
    }
    StringBuilder sb = new StringBuilder(ts.get(after - 1).word());
    for (int i = after; i < end; i++) {
      sb.append(' ').append(ts.get(i).word());
    }
    return sb.toString();
  }

  /**
   * "Georgian investors had put more than $150 million into Armenia's mining": with no noun
   * phrase of its own, the amount is said by who did what with it, where: the subject just before
   * the verb nearest the amount, that verb with its auxiliaries, and a prepositional phrase after the
   * amount ("Georgian investors had put into Armenia's mining"); null when the clause gives
   * neither a subject nor such a phrase.
   */
  private static String actedOn(List<Token> ts, int clause, int k, int after, List<int[]> amounts) {
    int v = k - 1;
    while (v >= clause && !(ts.get(v).pos().startsWith("VB") || ts.get(v).pos().equals("MD"))) {
      v--;
    }
    if (v < clause) {
      return null;
    }
    int group = v;
    while (group > clause && (ts.get(group - 1).pos().startsWith("VB") || ts.get(group - 1).pos().equals("MD")
        || ts.get(group - 1).pos().equals("RB"))) {
      group--;
    }
    int subject = group;
    while (subject > clause && group - subject < 4 && SUBJECT_TAGS.contains(ts.get(subject - 1).pos())
        && !inAmount(ts.get(subject - 1), amounts)) {
      subject--;
    }
    while (subject < group && EDGE_TAGS.contains(ts.get(subject).pos())) {
      subject++;
    }
    String pp = null;
    if (after < ts.size() && ts.get(after).pos().equals("IN") && !ts.get(after).word().equalsIgnoreCase("of")) {
      int end = after + 1;
      while (end < ts.size() && end - after <= 5 && PP_TAGS.contains(ts.get(end).pos())
          && !inAmount(ts.get(end), amounts) && !AMOUNT_NER.contains(ts.get(end).ner())) {
        end++;
      }
      pp = hasNoun(ts, after + 1, end, amounts) || end > after + 1 && ts.get(end - 1).pos().startsWith("NNP")
          ? words(ts, after, end) : null;
    }
    boolean named = subject < group;
    if (!named && pp == null) {
      return null;
    }
    return (named ? words(ts, subject, group) + " " : "") + words(ts, group, v + 1) + (pp == null ? "" : " " + pp);
  }

  private static final Set<String> SUBJECT_TAGS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$");
  private static final Set<String> PP_TAGS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "HYPH");

  private static String words(List<Token> ts, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = ts.get(i);
      boolean glued = i > from && (t.word().equals("'s") || t.word().equals("’s") || t.pos().equals("HYPH")
          || ts.get(i - 1).pos().equals("HYPH"));
      sb.append(i == from || glued ? "" : " ").append(t.word());
    }
    return sb.toString();
  }

  /** "of wheat", "of Kazakh oil" right after the amount. */
  private static String ofAfter(List<Token> ts, int after, List<int[]> amounts) {
    if (after >= ts.size() || !ts.get(after).word().equalsIgnoreCase("of")) {
      return null;
    }
    int end = after + 1;
    while (end < ts.size() && end - after <= 4) {
      String tag = ts.get(end).pos();
      if (!(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("HYPH"))) {
        break;
      }
      end++;
    }
    return phrase(ts, after + 1, end, amounts, true);
  }

  private static boolean inAmount(Token t, List<int[]> amounts) {
    for (int[] a : amounts) {
      if (t.start() < a[1] && a[0] < t.end()) {
        return true;
      }
    }
    return false;
  }

  /** The amounts' spans as offsets into the article. */
  static List<int[]> spans(int sentenceStart, List<Quantities.Amount> amounts) {
    List<int[]> out = new ArrayList<>();
    for (Quantities.Amount a : amounts) {
      out.add(new int[] {sentenceStart + a.start(), sentenceStart + a.end()});
    }
    return out;
  }
}

package org.w3id.kazaz.extract.agreements;

import org.w3id.kazaz.extract.common.DateMention;
import org.w3id.kazaz.extract.common.DateResolver;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.extract.common.Rules;
import org.w3id.kazaz.extract.common.SutimeDates;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.annotate.Sentence;
import org.w3id.kazaz.annotate.Span;
import org.w3id.kazaz.annotate.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;

/**
 * Documents named in running prose. A head word counts as a signed document when a signing verb
 * governs it ("signed a Protocol on ...", "A Memorandum was also signed ...", "the Declaration ...,
 * signed in August last year"), or when it is a capitalised title ("the Roadmap for the Development
 * of ..."). The title runs from its modifiers ("Strategic Partnership Agreement") to the next verb,
 * clause, or date or city written with "in"/"on".
 */
final class ProseReader {
  private static final Pattern VERB_BEFORE =
      Pattern.compile("(?i)\\b(?:" + SigningVerbs.VERBS + "|" + SigningVerbs.NOUNS + ")\\s+(?:[^\\s.;,]+\\s+){0,7}$");
  private static final Pattern VERB_AFTER =
      Pattern.compile(
          "(?i)^\\s*,?\\s*(?:which\\s+)?(?:(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+)?(?:also\\s+)?"
              + "(?:" + SigningVerbs.VERBS + ")\\b");
  private static final Pattern BETWEEN_AFTER =
      Pattern.compile(
          "(?i)^\\s*,?\\s*(?:which\\s+)?(?:(?:was|were|has\\s+been|have\\s+been)\\s+)?(?:also\\s+)?"
              + "(?:" + SigningVerbs.VERBS + ")\\s+(?:(?:also|today|yesterday|jointly)\\s+)?(?:between|by)\\s+");
  private static final Pattern PROPER = Pattern.compile("^\\s+(?:on|of|for|between)\\s+(?:the\\s+)?[\\p{Lu}“]");
  private static final Pattern MODIFIERS = Pattern.compile("(?:[\\p{Lu}][\\p{L}-]*\\s+){1,4}$");
  /** Planned, drafted, expected or refused: not a signed document (agreement-modality.txt). */
  static final Pattern MODAL =
      Pattern.compile("(?i)\\b(?:" + String.join("|", Rules.lines("/ontology/extraction/agreement-modality.txt"))
          + ")\\b");
  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "this", "that", "its", "their", "new", "our", "his", "her");

  private final AgreementExtractor extractor;
  private final Article article;
  private final AnnotatedArticle doc;
  private final SigningContext context;
  private final AgreementExtractor.Collector out;
  private final Gazetteer gazetteer;

  ProseReader(AgreementExtractor extractor, AnnotatedArticle doc, SigningContext context,
      AgreementExtractor.Collector out, Gazetteer gazetteer) {
    this.extractor = extractor;
    this.doc = doc;
    this.article = doc.article();
    this.context = context;
    this.out = out;
    this.gazetteer = gazetteer;
  }

  void read(List<Span> spans, int index) {
    Span s = spans.get(index);
    String text = article.text();
    Matcher verb = Signers.VERB.matcher(s.text());
    int verbAt = verb.find() ? s.start() + verb.start() : -1;
    int covered = s.start();
    Matcher h = DocumentHeads.HEAD.matcher(text).region(s.start(), s.end());
    while (h.find()) {
      if (h.start() < covered) {
        continue;
      }
      int titleStart = leftEdge(text, s.start(), h.start());
      String det = wordBefore(text, s.start(), titleStart);
      if (titleStart == h.start() && ADJECTIVE.matcher(det).matches()
          && DETERMINERS.contains(wordBefore(text, s.start(), titleStart - det.length() - 1))) {
        // "the adoption of a strategic declaration": the adjective is part of the title
        titleStart = text.lastIndexOf(det, titleStart - 1) >= s.start() ? startOfWordBefore(text, titleStart) : titleStart;
        det = wordBefore(text, s.start(), titleStart);
      }
      if (titleStart == h.start() && !DETERMINERS.contains(det)) {
        int modified = modifiersBefore(h.start());
        String before = wordBefore(text, s.start(), modified);
        if (modified < h.start() && DETERMINERS.contains(before)) {
          // "a founding agreement", "a five-year transit agreement": the modifiers belong to the title
          titleStart = modified;
          det = before;
        }
      }
      int titleEnd = Math.min(Titles.proseEnd(text, h.end(), s.end(), stops(s)), finiteVerb(h.end(), s.end()));
      String after = text.substring(titleEnd, s.end());
      boolean capital = Character.isUpperCase(text.charAt(h.start()));
      boolean determined = titleStart == s.start() || DETERMINERS.contains(det);
      boolean governed =
          VERB_BEFORE.matcher(text.substring(s.start(), titleStart)).find() || VERB_AFTER.matcher(after).find();
      boolean proper = capital && PROPER.matcher(text.substring(h.end(), s.end())).find();
      if (!(determined && (governed || proper || capital && verbAt >= 0))) {
        continue;
      }
      covered = titleEnd;
      if (modal(text, s, titleStart, titleEnd)) {
        continue;
      }
      String title = Titles.clean(text.substring(titleStart, titleEnd));
      Matcher head = DocumentHeads.leadingHead(title);
      AgreementType type = DocumentHeads.type(head != null ? head.group() : h.group());
      Signers.Signing signing = signing(text, s, titleStart, titleEnd, verbAt, title);
      PartialDate date = context.date(titleEnd, s.end());
      date = date != null ? date : context.lastDate(s.start(), titleStart);
      EntityRef place = context.place(titleEnd, s.end());
      place = place != null ? place : context.place(s.start(), titleStart);
      if (date == null && verbAt >= 0 && SigningContext.followsEvent(s.text())) {
        SigningContext.When when = context.event(index);
        date = when.date();
        place = place != null ? place : when.place();
      }
      if (date == null && verbAt >= 0 && det.equalsIgnoreCase("the")) {
        // "The archives formalised their partnership in Baku on Wednesday. ... The memorandum was
        // signed by ...": the document the text has just announced is dated by the sentence that announced it
        SigningContext.When when = context.justBefore(index);
        date = when.date();
        place = place != null ? place : when.place();
      }
      extractor.emit(article, type, title, signing, date, place, titleStart, titleEnd, s, out);
    }
  }

  /**
   * Whether the clause around a title says it is planned, drafted, expected or not signed: from the
   * last clause break before the title to the first one after it.
   */
  static boolean modal(String text, Span s, int titleStart, int titleEnd) {
    int from = Math.max(s.start(), Math.max(text.lastIndexOf(';', titleStart), text.lastIndexOf(". ", titleStart)));
    int to = s.end();
    for (int i = titleEnd; i < s.end(); i++) {
      char c = text.charAt(i);
      if (c == ';' || c == '.' && i + 1 < s.end() && Character.isWhitespace(text.charAt(i + 1))) {
        to = i;
        break;
      }
    }
    return MODAL.matcher(text.substring(from, to)).find();
  }

  private Signers.Signing signing(String text, Span s, int titleStart, int titleEnd, int verbAt, String title) {
    Signers.Signing signing = extractor.partiesIn(text, titleStart, titleEnd, out);
    if (!signing.isEmpty()) {
      return signing;
    }
    Matcher after = BETWEEN_AFTER.matcher(text.substring(titleEnd, s.end()));
    if (after.find()) {
      int from = titleEnd + after.end();
      Parties parties = extractor.parties();
      List<Parties.Party> found = parties.parse(text, from, parties.end(text, from, s.end()));
      if (found != null && !found.isEmpty()) {
        out.found(text, found);
        return new Signers.Signing(found.stream().map(Parties.Party::ref).toList(), List.of());
      }
    }
    if (verbAt >= 0 && verbAt < titleStart) {
      signing = extractor.signers().subject(text, s.start(), verbAt, text);
      if (!signing.isEmpty()) {
        return signing;
      }
    }
    return extractor.statesInTitle(title);
  }

  /** Offsets of dates and cities in the sentence: a title ends before "in"/"on" one of them. */
  /**
   * Where the first finite verb after {@code from} stands ("The roadmap was signed ...", "the
   * programme targets ..."): a title ends before it. From CoreNLP's part-of-speech tags.
   */
  private int finiteVerb(int from, int limit) {
    Sentence sentence = doc.sentenceAt(from);
    if (sentence == null) {
      return limit;
    }
    boolean subordinate = false;
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() >= from && t.end() <= limit && SUBORDINATORS.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
        subordinate = true; // "on liability when container trains are moved ...": the clause is the title's
        continue;
      }
      if (subordinate && FINITE.contains(t.pos())) {
        subordinate = false;
        continue;
      }
      if (t.start() >= from && t.end() <= limit && (FINITE.contains(t.pos()) || coordinatedVerb(tokens, i))
          && Character.isLowerCase(t.word().charAt(0))) {
        int end = t.start();
        while (end > from && Character.isWhitespace(text().charAt(end - 1))) {
          end--;
        }
        if (coordinatedVerb(tokens, i)) {
          end = tokens.get(i - 1).start(); // the "and" before it goes too
          while (end > from && Character.isWhitespace(text().charAt(end - 1))) {
            end--;
          }
        }
        return end;
      }
    }
    return limit;
  }

  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  /**
   * "signed an action plan ... and confirmed the goal": a participle after "and" with an object of
   * its own is a second verb of the sentence (the tagger may read such a verb as VBN), not the title's.
   */
  private static boolean coordinatedVerb(List<Token> ts, int i) {
    return ts.get(i).pos().equals("VBN") && i > 0 && i + 1 < ts.size() && ts.get(i - 1).pos().equals("CC")
        && Set.of("DT", "PRP$", "PRP").contains(ts.get(i + 1).pos());
  }
  /** Words that open a clause inside a title's subject: "liability when trains are moved". */
  private static final Set<String> SUBORDINATORS = Set.of("when", "where", "whereby", "if", "once");
  /** The tags of the lower-case words that modify a document's head: "founding", "transit", "five-year". */
  private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "VBG", "VBN", "CD", "HYPH");

  /**
   * Where the lower-case modifiers before a head word begin (at most three words, by CoreNLP's
   * part-of-speech tags); {@code head} itself when there are none.
   */
  private int modifiersBefore(int head) {
    Sentence sentence = doc.sentenceAt(head);
    if (sentence == null) {
      return head;
    }
    List<Token> ts = sentence.tokens();
    int i = 0;
    while (i < ts.size() && ts.get(i).start() < head) {
      i++;
    }
    int start = head;
    int words = 0;
    for (int k = i - 1; k >= 0 && words < 4; k--) {
      Token t = ts.get(k);
      boolean lower = !t.word().isEmpty() && !Character.isUpperCase(t.word().charAt(0));
      if (!MODIFIER_TAGS.contains(t.pos()) || !lower || DETERMINERS.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
        break;
      }
      start = t.start();
      words++;
    }
    return start;
  }

  private String text() {
    return article.text();
  }

  private int[] stops(Span s) {
    List<Integer> at = new ArrayList<>();
    for (DateMention d : SutimeDates.written(doc, s.start(), s.end())) {
      at.add(s.start() + d.begin());
    }
    for (Gazetteer.Hit hit : doc.hits(s)) {
      if (hit.entry().kind().isPlace()) {
        at.add(s.start() + hit.start());
      }
    }
    return at.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /** The start of the title: the head word, or the capitalised modifiers before it. */
  private static int leftEdge(String text, int from, int head) {
    Matcher m = MODIFIERS.matcher(text.substring(from, head));
    if (!m.find()) {
      return head;
    }
    int start = from + m.start();
    String first = m.group().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
    if (DETERMINERS.contains(first)) {
      int next = text.indexOf(' ', start);
      while (next < head && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      return next;
    }
    return start;
  }

  /** A lower-case adjective before a document word: "strategic", "joint", "comprehensive". */
  private static final Pattern ADJECTIVE = Pattern.compile("\\p{Ll}+(?:ic|al|ive|ous|ary|ful|ent|ant)");

  private static int startOfWordBefore(String text, int at) {
    int i = at - 1;
    while (i > 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static String wordBefore(String text, int from, int at) {
    String before = text.substring(from, at).stripTrailing();
    int sp = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'));
    return before.substring(sp + 1).toLowerCase(java.util.Locale.ROOT);
  }
}

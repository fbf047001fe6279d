package org.w3id.kazaz.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;

/** Annotates an article once: layout, CoreNLP, and the gazetteer's matches. */
public final class Annotator {
  /** A sentence ending in a one- or two-letter initial: "... named after Sh." */
  private static final java.util.regex.Pattern INITIAL =
      java.util.regex.Pattern.compile("(?:^|[\\s(“\"])\\p{Lu}\\p{Ll}?\\.$");
  private static final java.util.regex.Pattern LONE_MARKER =
      java.util.regex.Pattern.compile("\\(?\\d{1,2}[.)]");
  /** Calls of {@link #annotate} in this JVM, every instance together (read by the benchmark). */
  private static final java.util.concurrent.atomic.LongAdder ANNOTATED =
      new java.util.concurrent.atomic.LongAdder();
  private final Gazetteer gazetteer;

  public Annotator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The annotated story of {@code article}: its {@link AnnotatedArticle#article()} has the parts that
   * are not the story ({@link Navigation}) blanked out, at the same offsets.
   */
  /**
   * The longest sentence an article may have, in CoreNLP's tokens: news sentences run to a hundred
   * or so; thousands are a list without stops or noise, on which no extractor's reading is worth
   * its cost.
   */
  public static final int MAX_SENTENCE_TOKENS = 2_000;

  public AnnotatedArticle annotate(Article original) {
    ANNOTATED.increment();
    Article article = new Article(original.fileName(), original.date(),
        Navigation.story(original.text(), original.bodyStart()), original.bodyStart());
    String text = article.text();
    int base = article.bodyStart();
    Annotation doc = NlpPipeline.annotate(Layout.prepare(text, base, text.length()), article.date());
    List<Sentence> sentences = new ArrayList<>();
    List<NamedEntity> entities = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(new Token(base + t.beginPosition(), base + t.endPosition(), t.word(), t.tag(), t.lemma(),
            t.ner(), t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
      }
      int start = base + s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = base + s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      Sentence last = sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
      if (last != null && (LONE_MARKER.matcher(last.text()).matches() || INITIAL.matcher(last.text()).find())
          && text.substring(last.end(), start).indexOf('\n') < 0) {
        // CoreNLP ends a sentence at "1." or at an initial it does not know ("Sh. Yessenov") before a
        // capital; a list marker belongs to its item and an initial to the name after it
        List<Token> joined = new ArrayList<>(last.tokens());
        joined.addAll(tokens);
        sentences.set(sentences.size() - 1, new Sentence(span(text, last.start(), end), joined));
      } else {
        sentences.add(new Sentence(span(text, start, end), tokens));
      }
      int index = sentences.size() - 1;
      List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        for (CoreMap m : mentions) {
          int ms = base + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
          int me = base + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
          entities.add(new NamedEntity(span(text, ms, me), m.get(CoreAnnotations.EntityTypeAnnotation.class),
              m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), index));
        }
      }
    }
    for (Sentence s : sentences) {
      if (s.tokens().size() > MAX_SENTENCE_TOKENS) {
        throw new org.w3id.kazaz.article.ArticleException("E-ARTICLE-SENTENCE", original.fileName(),
            "has a sentence of " + s.tokens().size() + " tokens, more than the " + MAX_SENTENCE_TOKENS
                + " of any news sentence (from offset " + s.start() + ")");
      }
    }
    List<Gazetteer.Hit> hits = new ArrayList<>();
    for (Gazetteer.Hit h : gazetteer.findAll(article.body())) {
      hits.add(new Gazetteer.Hit(h.entry(), base + h.start(), base + h.end(), h.text()));
    }
    hits.addAll(capitals(text, sentences, hits));
    hits.sort(java.util.Comparator.comparingInt(Gazetteer.Hit::start));
    return new AnnotatedArticle(article, sentences, entities, hits);
  }

  /** A state's adjective before "capital": "the Azerbaijani capital" is Baku, where nothing else matched. */
  private static final java.util.regex.Pattern CAPITAL =
      java.util.regex.Pattern.compile("\\b(\\p{Lu}\\p{L}+)\\s+capital\\b");

  /**
   * The capital cities written as "the Kazakh capital", "the Azerbaijani capital": the city the
   * reference data gives as that state's capital, unless "capital" begins a compound noun ("the
   * Kazakh capital market", by its part-of-speech tag) or another match covers the words.
   */
  private List<Gazetteer.Hit> capitals(String text, List<Sentence> sentences, List<Gazetteer.Hit> known) {
    List<Gazetteer.Hit> out = new ArrayList<>();
    java.util.regex.Matcher m = CAPITAL.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (known.stream().anyMatch(h -> h.start() < end && start < h.end()) || compound(sentences, end)) {
        continue;
      }
      var state = org.w3id.kazaz.gazetteer.Demonyms.state(m.group(1), gazetteer);
      if (state == null) {
        continue;
      }
      gazetteer.capitalOf(state.iri())
          .ifPresent(city -> out.add(new Gazetteer.Hit(city, start, end, m.group())));
    }
    return out;
  }

  /** Whether the token after offset {@code end} is a noun, so the word before it is a modifier. */
  private static boolean compound(List<Sentence> sentences, int end) {
    for (Sentence s : sentences) {
      if (s.start() <= end && end <= s.end()) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
          if (ts.get(i).end() == end) {
            return i + 1 < ts.size() && ts.get(i + 1).pos().startsWith("NN");
          }
        }
      }
    }
    return false;
  }

  /** How many times {@link #annotate} has been called in this JVM, by every instance. */
  public static long annotated() {
    return ANNOTATED.sum();
  }

  private static Span span(String text, int start, int end) {
    return new Span(start, end, text.substring(start, end));
  }
}

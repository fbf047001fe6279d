package org.w3id.kazaz.extract.figures;

import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Mention;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.extract.routes.ConcreteRoutes;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.annotate.Sentence;
import org.w3id.kazaz.annotate.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/**
 * Finds the figures an article states: every amount of {@link Quantities} (CoreNLP's amounts with
 * their units) that has a measure (what it counts), with its subjects, date and qualifier, one
 * record per distinct indicator, value and unit. Amounts inside the titles of signed documents,
 * bare numbers, years and ordinals are not figures. The sentences are the annotated document's.
 */
public final class FigureExtractor {
  private static final Logger log = LoggerFactory.getLogger(FigureExtractor.class);

  /** A segment that opens with a document type is a title ("Agreement on the supply of ..."). */
  private static final Pattern TITLE_START =
      Pattern.compile("^\\s*(?:\\d+\\s*[.)]\\s*)?(?:Agreement|Memorandum|Protocol|Treaty|Roadmap|Road map"
          + "|Action plan|Decision|Programme|Program|Declaration|Joint statement|Convention|Contract|MoU)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE_INSIDE =
      Pattern.compile("\\b(?:Agreement|Memorandum|Protocol|Treaty|Roadmap|Programme|Convention|Contract)"
          + "(?:\\s+of\\s+Understanding)?\\s+(?:on|of|for|between|to|regarding)\\b");

  private FigureExtractor() {}

  public static List<FigureRecord> extract(AnnotatedArticle doc, Gazetteer gazetteer) {
    return extract(doc, gazetteer, List.of());
  }

  /** The figures, with the entities the article names ({@code mentions}) as subjects of last resort. */
  public static List<FigureRecord> extract(AnnotatedArticle doc, Gazetteer gazetteer, List<Mention> mentions) {
    Article article = doc.article();
    String text = article.text();
    List<Span> sentences = doc.spans();
    List<EntityRef> mainStates = org.w3id.kazaz.extract.common.MainStates.of(doc.hits());
    EntityRef corridor = firstCorridor(doc.hits());
    List<List<Quantities.Amount>> amounts = new ArrayList<>();
    List<Quantities.Amount> everyAmount = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Quantities.Amount> in = Quantities.findAll(s, doc.entities(s.start(), s.end()));
      amounts.add(in);
      everyAmount.addAll(in);
    }
    Map<String, FigureRecord> out = new LinkedHashMap<>();
    // "we provided assistance worth $12.5 million; in 2022 it was more than $11 million": an amount
    // whose clause says not what it measures measures what the paragraph's last amount of its unit did
    Map<String, String> measuredBefore = new java.util.HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      String previous = paragraphBefore(text, sentences, i);
      List<ConcreteRoutes.Found> routes = ConcreteRoutes.find(s.text(), doc.hits(s), gazetteer);
      EntityRef route = routes.isEmpty() ? null : routes.get(0).asEntity();
      if (previous.isEmpty()) {
        measuredBefore.clear(); // a new paragraph
      }
      for (Quantities.Amount a : amounts.get(i)) {
        List<EntityRef> named = mentions.stream()
            .filter(m -> m.span().start() >= s.start() && m.span().end() <= s.end())
            .sorted(Comparator.comparingInt((Mention m) -> m.span().start()))
            .map(Mention::entity)
            .toList();
        FigureRecord f = figure(article, s, doc.hits(s), previous, doc.hits(paragraphStart(text, sentences, i), s.start()),
            a, gazetteer, mainStates, corridor, route, named, everyAmount);
        if (f != null) {
          String measured = MeasuredPhrase.of(doc.sentences().get(i), s.start() + a.start(), s.start() + a.end(),
              MeasuredPhrase.spans(s.start(), amounts.get(i)));
          measured = measured != null ? measured : measuredBefore.get(f.unit());
          if (measured != null) {
            measuredBefore.put(f.unit(), measured);
          }
          f = new FigureRecord(f.indicator(), f.value(), f.unit(), f.date(), f.subjects(), f.qualifier(), f.evidence(),
              measured);
        }
        if (f != null) {
          out.putIfAbsent(f.indicator() + "|" + f.value().toPlainString() + "|" + f.unit(), f);
        }
      }
    }
    log.debug("{}: {} figures", article.fileName(), out.size());
    return new ArrayList<>(out.values());
  }

  private static FigureRecord figure(Article article, Span s, List<Gazetteer.Hit> hits, String previous,
      List<Gazetteer.Hit> previousHits, Quantities.Amount a,
      Gazetteer gazetteer, List<EntityRef> mainStates, EntityRef corridor, EntityRef route, List<EntityRef> named,
      List<Quantities.Amount> everyAmount) {
    String sentence = s.text();
    if (inTitle(sentence, a.start())) {
      return null;
    }
    String unit = a.unit();
    FigureIndicators.Reading r =
        FigureIndicators.read(sentence, a.start(), a.end(), unit, a.counted(), previous);
    if (r.indicator() == null) {
      return null;
    }
    if (unit == null) {
      unit = Quantities.impliedCurrency(sentence, everyAmount);
      if (unit == null) {
        return null;
      }
    }
    boolean aboutRoute = route != null && unit.matches("km|days|hours|containers");
    List<EntityRef> subjects = FigureSubjects.of(sentence, hits, previous, previousHits, gazetteer, mainStates,
        corridor, aboutRoute ? route : null, r.indicator(), named);
    PartialDate date = FigureDates.of(sentence, previous, a.start(), article.date(), r.qualifier());
    return new FigureRecord(r.indicator(), a.value(), unit, date, subjects, r.qualifier(), s, null);
  }

  /** Where the paragraph of sentence {@code i} begins: its first sentence's start. */
  static int paragraphStart(String text, List<Span> sentences, int i) {
    int j = i;
    while (j > 0 && !text.substring(sentences.get(j - 1).end(), sentences.get(j).start()).contains("\n")) {
      j--;
    }
    return sentences.get(j).start();
  }

  /** The sentences of the same paragraph before sentence {@code i}, joined. */
  static String paragraphBefore(String text, List<Span> sentences, int i) {
    StringBuilder sb = new StringBuilder();
    for (int j = i - 1; j >= 0; j--) {
      String gap = text.substring(sentences.get(j).end(), sentences.get(j + 1).start());
      if (gap.contains("\n")) {
        break;
      }
      sb.insert(0, sentences.get(j).text() + " ");
    }
    return sb.toString();
  }

  /** Whether the amount at {@code at} lies in the title of a document (a list item or "Agreement on ..."). */
  static boolean inTitle(String sentence, int at) {
    int segStart = Math.max(sentence.lastIndexOf(';', at), sentence.lastIndexOf(':', at)) + 1;
    String segment = sentence.substring(segStart, at);
    return TITLE_START.matcher(segment).find() || TITLE_INSIDE.matcher(segment).find();
  }

  static EntityRef firstCorridor(List<Gazetteer.Hit> hits) {
    for (Gazetteer.Hit h : hits) {
      GazetteerEntry e = h.entry();
      if (e.kind() == EntityKind.CORRIDOR) {
        return EntityRef.known(e.iri(), e.kind(), e.prefLabel(), e.stateIri());
      }
    }
    return null;
  }
}

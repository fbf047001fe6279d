package org.w3id.kazaz.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/** Runs every extractor over one article and gathers their records. */
public final class ArticleExtractor {
  private final Gazetteer gazetteer;
  private final AgreementExtractor agreements;

  public ArticleExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.agreements = new AgreementExtractor(gazetteer);
  }

  public Extraction extract(Article article) {
    List<Mention> mentions = new ArrayList<>(referenceMentions(article));
    AgreementExtraction ax = agreements.run(article);
    mentions.addAll(ax.newOrganisations());
    PersonExtractor.Result people = PersonExtractor.extract(article, gazetteer);
    mentions.addAll(people.mentions());
    return new Extraction(
        article,
        mentions,
        ax.agreements(),
        EventExtractor.extract(article, gazetteer),
        RouteExtractor.extract(article, gazetteer),
        FigureExtractor.extract(article, gazetteer),
        people.people());
  }

  /** Every place where the body names a reference entity. */
  List<Mention> referenceMentions(Article article) {
    List<Mention> out = new ArrayList<>();
    String body = article.body();
    int base = article.bodyStart();
    for (Gazetteer.Hit h : gazetteer.findAll(body)) {
      GazetteerEntry e = h.entry();
      EntityRef ref = EntityRef.known(e.iri(), e.kind(), e.prefLabel(), e.stateIri());
      out.add(new Mention(ref, new Span(base + h.start(), base + h.end(), h.text())));
    }
    return out;
  }
}

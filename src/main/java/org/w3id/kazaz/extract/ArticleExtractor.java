package org.w3id.kazaz.extract;

import org.w3id.kazaz.extract.agreements.AgreementExtraction;
import org.w3id.kazaz.extract.agreements.AgreementExtractor;
import org.w3id.kazaz.extract.common.Mention;
import org.w3id.kazaz.extract.entities.NamedEntities;
import org.w3id.kazaz.extract.entities.Referents;
import org.w3id.kazaz.extract.entities.PersonExtractor;
import org.w3id.kazaz.extract.entities.ReferenceMentions;
import org.w3id.kazaz.extract.events.EventExtractor;
import org.w3id.kazaz.extract.figures.FigureExtractor;
import org.w3id.kazaz.extract.routes.RouteExtractor;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.annotate.Annotator;
import java.util.ArrayList;
import java.util.List;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;

/** Runs every extractor over one article and gathers their records. */
public final class ArticleExtractor {
  private final Gazetteer gazetteer;
  private final AgreementExtractor agreements;
  private final Annotator annotator;
  private final NamedEntities named;
  private final Referents referents;

  public ArticleExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.agreements = new AgreementExtractor(gazetteer);
    this.annotator = new Annotator(gazetteer);
    this.named = new NamedEntities(gazetteer);
    this.referents = new Referents(gazetteer);
  }

  public Extraction extract(Article article) {
    return extract(article, annotator.annotate(article));
  }

  /**
   * Every extractor reads the one annotated document of {@code original}; the extraction keeps the
   * original article, whose text is stored whole.
   */
  public Extraction extract(Article original, AnnotatedArticle doc) {
    Article article = doc.article();
    AgreementExtraction ax = agreements.run(doc);
    List<Mention> mentions = new ArrayList<>(ReferenceMentions.find(doc, gazetteer, ax.newOrganisations()));
    mentions.addAll(ax.newOrganisations());
    PersonExtractor.Result people = PersonExtractor.extract(doc, gazetteer);
    mentions.addAll(people.mentions());
    mentions.addAll(named.find(doc, mentions));
    mentions.addAll(referents.find(doc, mentions));
    return new Extraction(
        original,
        mentions,
        ax.agreements(),
        EventExtractor.extract(doc, gazetteer, ax.agreements(), mentions),
        RouteExtractor.extract(doc, gazetteer),
        FigureExtractor.extract(doc, gazetteer, mentions),
        people.people());
  }
}

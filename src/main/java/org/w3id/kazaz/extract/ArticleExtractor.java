package org.w3id.kazaz.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;

/** Runs every extractor over one article and gathers their records. */
public final class ArticleExtractor {
  private final Gazetteer gazetteer;
  private final AgreementExtractor agreements;

  public ArticleExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.agreements = new AgreementExtractor(gazetteer);
  }

  public Extraction extract(Article article) {
    AgreementExtraction ax = agreements.run(article);
    List<Mention> mentions = new ArrayList<>(ReferenceMentions.find(article, gazetteer, ax.newOrganisations()));
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
}

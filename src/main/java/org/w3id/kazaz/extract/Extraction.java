package org.w3id.kazaz.extract;

import java.util.List;
import org.w3id.kazaz.article.Article;

/** Everything taken from one article, as records: no RDF here. */
public record Extraction(
    Article article, List<Mention> mentions, List<AgreementRecord> agreements) {
  public Extraction {
    mentions = List.copyOf(mentions);
    agreements = List.copyOf(agreements);
  }
}

package org.w3id.kazaz.build;

import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.extract.ArticleExtractor;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.mapping.ArticleMapper;
import org.w3id.kazaz.store.NamedGraph;

/** Article in, the article's named graph out: extraction then mapping, nothing written anywhere. */
public final class ArticleConverter {
  private final ArticleExtractor extractor;

  public ArticleConverter(Gazetteer gazetteer) {
    this.extractor = new ArticleExtractor(gazetteer);
  }

  public NamedGraph convert(Article article) {
    return ArticleMapper.map(extractor.extract(article));
  }
}

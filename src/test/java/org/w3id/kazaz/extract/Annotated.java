package org.w3id.kazaz.extract;

import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.annotate.Annotator;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;

/** The annotated document of a test article, as the build makes it. */
public final class Annotated {
  private Annotated() {}

  public static AnnotatedArticle of(Article article, Gazetteer gazetteer) {
    return new Annotator(gazetteer).annotate(article);
  }
}

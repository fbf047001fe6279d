package org.w3id.kazaz.mapping;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.annotate.Span;
import org.w3id.kazaz.vocab.KZ;
import org.w3id.kazaz.vocab.NIF;

/**
 * Evidence as NIF 2.0: the article's text is a {@code nif:Context}; a sentence or a phrase is an
 * offset-based string in it, named {@code <article>#char=start,end}, with its text.
 */
final class Evidence {
  private final Model m;
  private final Article article;
  private final Resource context;

  Evidence(Model m, Article article) {
    this.m = m;
    this.article = article;
    int n = article.text().length();
    this.context =
        m.createResource(Iris.span(article.stem(), 0, n))
            .addProperty(RDF.type, NIF.Context)
            .addProperty(NIF.isString, article.text())
            .addLiteral(NIF.beginIndex, index(0))
            .addLiteral(NIF.endIndex, index(n))
            .addProperty(KZ.source, m.createResource(Iris.article(article.stem())));
  }

  Resource sentence(Span s) {
    return string(s).addProperty(RDF.type, KZ.Evidence);
  }

  Resource phrase(Span s) {
    return string(s).addProperty(RDF.type, NIF.Phrase);
  }

  private Resource string(Span s) {
    return m.createResource(Iris.span(article.stem(), s.start(), s.end()))
        .addProperty(RDF.type, NIF.OffsetBasedString)
        .addLiteral(NIF.beginIndex, index(s.start()))
        .addLiteral(NIF.endIndex, index(s.end()))
        .addProperty(NIF.anchorOf, article.text().substring(s.start(), s.end()))
        .addProperty(NIF.referenceContext, context)
        // the article is named on the string itself: "which sentence of which article" pairs
        // each sentence with its one article instead of crossing a fact's sources and sentences
        .addProperty(KZ.source, m.createResource(Iris.article(article.stem())));
  }

  private org.apache.jena.rdf.model.Literal index(int i) {
    return m.createTypedLiteral(String.valueOf(i), XSDDatatype.XSDnonNegativeInteger);
  }
}

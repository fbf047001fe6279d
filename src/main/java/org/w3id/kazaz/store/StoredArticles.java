package org.w3id.kazaz.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.article.ArticleReader;

/**
 * The articles a store already holds, read back from their graphs (file name and full text, kept
 * as the NIF context of the evidence). A build re-reads them so that identities across articles
 * come out the same whatever order the articles were loaded in.
 */
public final class StoredArticles {
  private static final String QUERY =
      """
      PREFIX kz:  <https://w3id.org/kazaz/ontology#>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      SELECT ?file ?text WHERE {
        GRAPH ?g { ?a a kz:NewsArticle ; kz:fileName ?file .
                   ?ctx a nif:Context ; nif:isString ?text ; kz:source ?a . }
      } ORDER BY ?file
      """;

  private StoredArticles() {}

  public static List<Article> read(Dataset ds) {
    return Txn.calculateRead(
        ds,
        () -> {
          List<Article> out = new ArrayList<>();
          try (QueryExecution qe = QueryExecution.dataset(ds).query(QUERY).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
              QuerySolution s = rs.next();
              String file = s.getLiteral("file").getString();
              byte[] bytes = s.getLiteral("text").getString().getBytes(StandardCharsets.UTF_8);
              out.add(ArticleReader.parse(file, "stored article " + file, bytes));
            }
          }
          return out;
        });
  }
}

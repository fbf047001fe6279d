package org.w3id.kazaz.server.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.w3id.kazaz.store.QueryFiles;

/**
 * Search over the names of the graph, as one expects of a name search: every word typed must match
 * a word of a name, exactly (best), as its beginning ("Kazmun"), or within one or two edits
 * ("KazMunaiGas" for "KazMunayGas", "Tokaev" for "Tokayev"); case and accents do not count; an
 * abbreviation ("KMG") matches where the graph has it as an alternative label. The words are escaped
 * into a Lucene query, which {@code queries/lod/search.rq} receives as a parameter.
 */
public final class Search {
  /** Longest query read, in characters; the rest is ignored. */
  public static final int MAX_QUERY = 200;
  /** At most this many words are used. */
  static final int MAX_WORDS = 8;

  public record Hit(String iri, String label, String type, String matched, double score) {}

  private Search() {}

  public static List<Hit> run(LabelIndex index, String typed) {
    String lucene = luceneQuery(typed);
    if (lucene.isEmpty()) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    for (Map<String, RDFNode> r : QueryFiles.select(index.dataset(), "lod/search",
        Map.of("q", ResourceFactory.createStringLiteral(lucene)))) {
      String iri = r.get("s").asResource().getURI();
      hits.add(new Hit(iri, str(r.get("label"), iri), str(r.get("type"), ""), str(r.get("match"), ""),
          r.get("best").asLiteral().getDouble()));
    }
    return hits;
  }

  /**
   * The Lucene query of the words typed: for each word (letters and digits of any script), the word
   * itself (boosted), its prefix and, from four letters on, a fuzzy form; all words required. Empty
   * when nothing is left to search for.
   */
  static String luceneQuery(String typed) {
    if (typed == null) {
      return "";
    }
    String text = typed.length() > MAX_QUERY ? typed.substring(0, MAX_QUERY) : typed;
    List<String> clauses = new ArrayList<>();
    for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (raw.isEmpty() || clauses.size() == MAX_WORDS) {
        continue;
      }
      String w = QueryParserBase.escape(raw);
      StringBuilder c = new StringBuilder("(").append(w).append("^4 OR ").append(w).append('*');
      if (raw.length() >= 4) {
        c.append(" OR ").append(w).append(raw.length() >= 8 ? "~2" : "~1");
      }
      clauses.add(c.append(')').toString());
    }
    return String.join(" AND ", clauses);
  }

  private static String str(RDFNode n, String otherwise) {
    return n == null ? otherwise : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }
}

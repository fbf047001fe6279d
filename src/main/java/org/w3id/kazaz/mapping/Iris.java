package org.w3id.kazaz.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.w3id.kazaz.extract.common.Names;
import org.w3id.kazaz.vocab.KZ;

/**
 * Every identifier the converter mints, in one place. Identifiers are readable (a kind and a slug)
 * and depend only on content, so the same article gives the same IRIs in any run and any order.
 */
public final class Iris {
  private Iris() {}

  /** The named graph holding one article's facts. */
  public static String articleGraph(String stem) {
    return KZ.GRAPH + "article/" + articleSlug(stem);
  }

  public static String article(String stem) {
    return KZ.ID + "article/" + articleSlug(stem);
  }

  public static String file(String fileName) {
    return KZ.ID + "file/" + articleSlug(fileName);
  }

  public static String conversion(String stem, String converterVersion) {
    return KZ.ID + "conversion/" + articleSlug(stem) + "-" + slug(converterVersion);
  }

  /**
   * The slug of an article's file name: its ASCII words, and where the name has letters that do not
   * fold to ASCII ("Қазақ", "Азербайджан") a short hash of the whole name too, so that two such names
   * never share an identifier ("x") and each keeps its own across builds. Names that differ only in
   * case, spaces or punctuation ("Slug Clash", "slug-clash") share one: they are one article.
   */
  public static String articleSlug(String name) {
    String slug = slug(name);
    return Names.foldsToAscii(name) ? slug : slug + "-" + hash(name);
  }

  /** A stretch of an article, named as RFC 5147 names text fragments (as NIF does). */
  public static String span(String stem, int start, int end) {
    return article(stem) + "#char=" + start + "," + end;
  }

  public static final String ONTOLOGY_GRAPH = KZ.GRAPH + "ontology";
  public static final String REFERENCE_GRAPH = KZ.GRAPH + "reference";
  /** The rules of {@code ontology/rules/kazaz.rules}, each described with its text. */
  public static final String RULES_GRAPH = KZ.GRAPH + "rules";

  /**
   * The start of every inferred graph's IRI. What one rule derives from one graph is a graph of
   * its own: {@link #baseInferredGraph} from the ontology and the reference data alone, {@link
   * #inferredGraph} from one article's graph beside those.
   */
  public static final String INFERRED_GRAPH = KZ.GRAPH + "inferred";

  private static final String INFERRED_ARTICLE = INFERRED_GRAPH + "/article/";

  /** What {@code rule} derives from the ontology and the reference data alone. */
  public static String baseInferredGraph(String rule) {
    return INFERRED_GRAPH + "/base/" + rule;
  }

  /** What {@code rule} derives from one article's graph, beside the ontology and the reference data. */
  public static String inferredGraph(String articleGraph, String rule) {
    return inferredPrefix(articleGraph) + rule;
  }

  /** The start of the IRIs of the graphs of what the rules derive from one article's graph. */
  public static String inferredPrefix(String articleGraph) {
    if (!articleGraph.startsWith(KZ.GRAPH + "article/")) {
      throw new IllegalArgumentException("not an article graph: " + articleGraph);
    }
    return INFERRED_ARTICLE + articleGraph.substring((KZ.GRAPH + "article/").length()) + "/";
  }

  /**
   * The article graph an inferred graph of {@link #inferredGraph} was derived from, or null for
   * any other graph (a base inferred graph among them).
   */
  public static String inferredFrom(String graph) {
    if (!graph.startsWith(INFERRED_ARTICLE)) {
      return null;
    }
    int slash = graph.lastIndexOf('/');
    return slash <= INFERRED_ARTICLE.length() ? null
        : KZ.GRAPH + "article/" + graph.substring(INFERRED_ARTICLE.length(), slash);
  }

  /** Whether {@code graph} is an inferred graph (of the base or of an article). */
  public static boolean isInferred(String graph) {
    return graph.equals(INFERRED_GRAPH) || graph.startsWith(INFERRED_GRAPH + "/");
  }

  /** The description of a rule of {@code ontology/rules/kazaz.rules}, by its name. */
  public static String rule(String name) {
    return KZ.ID + "rule/" + name;
  }

  /** An entity found by pattern, named by its kind and normalised name. */
  public static String entity(String kind, String normalisedName) {
    return KZ.ID + kind + "/" + slug(normalisedName);
  }

  /** A fact whose identity is a content key: readable prefix plus a short hash of the key. */
  public static String fact(String kind, String readable, String key) {
    return KZ.ID + kind + "/" + slug(readable) + "-" + hash(key);
  }

  /** Lower-case ASCII words joined by hyphens (see {@link Names#slug}). */
  public static String slug(String s) {
    return Names.slug(s);
  }

  static String hash(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

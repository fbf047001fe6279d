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
  /**
   * What the rules derive from the ontology and the reference data alone; what they derive from
   * an article (with those) is in {@link #inferredGraph}. Every inferred graph's IRI starts with
   * this one.
   */
  public static final String INFERRED_GRAPH = KZ.GRAPH + "inferred";

  /** What the rules derive from one article's graph, beside the ontology and the reference data. */
  public static String inferredGraph(String articleGraph) {
    if (!articleGraph.startsWith(KZ.GRAPH + "article/")) {
      throw new IllegalArgumentException("not an article graph: " + articleGraph);
    }
    return INFERRED_GRAPH + "/" + articleGraph.substring(KZ.GRAPH.length());
  }

  /** Whether {@code graph} is an inferred graph (of the base or of an article). */
  public static boolean isInferred(String graph) {
    return graph.equals(INFERRED_GRAPH) || graph.startsWith(INFERRED_GRAPH + "/");
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

package org.w3id.kazaz.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.article.ArticleReader;
import org.w3id.kazaz.extract.EntityKind;
import org.w3id.kazaz.extract.ArticleExtractor;
import org.w3id.kazaz.extract.Extraction;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;
import org.w3id.kazaz.gazetteer.GazetteerLoader;
import org.w3id.kazaz.mapping.ArticleMapper;
import org.w3id.kazaz.mapping.Iris;
import org.w3id.kazaz.reason.ConsistencyCheck;
import org.w3id.kazaz.reason.InferenceOperation;
import org.w3id.kazaz.resolve.Resolution;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.store.StoredArticles;
import org.w3id.kazaz.store.TdbStore;

/**
 * Builds the knowledge graph: reads and converts every article whole, in memory, before anything is
 * written; a rejected article is reported and leaves the store untouched. Articles already in the
 * store are read back and converted again with the new ones, so that a document reported by
 * several articles is one node whatever the order they came in. Then the ontology, the reference
 * data and the article graphs are written in batched write transactions.
 */
public final class BuildOperation {
  private static final Logger log = LoggerFactory.getLogger(BuildOperation.class);

  /** An input that was not loaded, and why ({@code problem} names the file). */
  public record Rejected(String file, String code, String problem) {}

  /**
   * What a build did. {@code inconsistencies} are what the consistency check found; when there are
   * any and they were not allowed, nothing was written ({@link #published()} is false).
   */
  public record Result(
      List<String> loaded,
      List<Rejected> rejected,
      List<ConsistencyCheck.Finding> inconsistencies,
      boolean published) {
    public Result(List<String> loaded, List<Rejected> rejected) {
      this(loaded, rejected, List.of(), true);
    }

    public boolean ok() {
      return rejected.isEmpty() && published;
    }
  }

  /** Graphs of the articles that converted, and the inputs that were rejected. */
  public record Conversion(List<NamedGraph> graphs, List<String> loaded, List<Rejected> rejected) {}

  public static final int DEFAULT_BATCH = 200;

  private BuildOperation() {}

  /**
   * Reads the inputs and converts them together with {@code stored} (articles already in the
   * store; an input of the same name replaces its stored version). Writes nothing.
   */
  public static Conversion convert(
      List<Path> inputs, List<Article> stored, Gazetteer gazetteer, IntConsumer progress) {
    List<String> loaded = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    Map<String, Article> articles = new LinkedHashMap<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path p : Inputs.expand(inputs)) {
      try {
        Article a = ArticleReader.read(p);
        Path earlier = seen.putIfAbsent(a.stem(), p);
        if (earlier != null) {
          rejected.add(new Rejected(p.toString(), "E-ARTICLE-DUPLICATE",
              p + ": same article name as " + earlier + "; loaded once"));
          continue;
        }
        articles.put(a.stem(), a);
        loaded.add(p.toString());
      } catch (KazazException e) {
        rejected.add(new Rejected(p.toString(), e.code(), e.getMessage()));
      }
    }
    for (Article a : stored) {
      articles.putIfAbsent(a.stem(), a);
    }
    ArticleExtractor extractor = new ArticleExtractor(gazetteer);
    List<Extraction> extractions = new ArrayList<>();
    int n = 0;
    for (Article a : articles.values()) {
      try {
        extractions.add(extractor.extract(a));
      } catch (RuntimeException e) {
        log.debug("extraction from {} failed", a.fileName(), e);
        loaded.remove(String.valueOf(seen.get(a.stem())));
        rejected.add(new Rejected(a.fileName(), "E-EXTRACT",
            a.fileName() + ": extraction failed: " + e));
      }
      progress.accept(++n);
    }
    Resolution resolution = Resolution.of(extractions, stateLabels(gazetteer));
    List<NamedGraph> graphs = new ArrayList<>();
    for (Extraction x : extractions) {
      graphs.add(ArticleMapper.map(x, resolution));
    }
    return new Conversion(graphs, loaded, rejected);
  }

  private static Map<String, String> stateLabels(Gazetteer gazetteer) {
    Map<String, String> out = new HashMap<>();
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.kind() == EntityKind.STATE) {
        out.put(e.iri(), e.prefLabel());
      }
    }
    return out;
  }

  /** The graphs every build writes besides the articles: the ontology and the reference data. */
  public static List<NamedGraph> baseGraphs() {
    Model onto = GazetteerLoader.ontology();
    Model ref = GazetteerLoader.reference();
    return List.of(
        new NamedGraph(Iris.ONTOLOGY_GRAPH, onto.getGraph()),
        new NamedGraph(Iris.REFERENCE_GRAPH, ref.getGraph()));
  }

  /** Converts every input with the articles already stored, then writes what converted. */
  public static Result run(
      List<Path> inputs, TdbStore store, int batchSize, IntConsumer readProgress,
      IntConsumer writeProgress) {
    return run(inputs, store, batchSize, readProgress, writeProgress, false);
  }

  /**
   * Converts every input with the articles already stored, checks the whole graph for consistency
   * and, if it is consistent or {@code allowInconsistent}, writes it with the graph of what the
   * rules infer from it ({@link Iris#INFERRED_GRAPH}, rebuilt from all the graphs every time).
   */
  public static Result run(
      List<Path> inputs, TdbStore store, int batchSize, IntConsumer readProgress,
      IntConsumer writeProgress, boolean allowInconsistent) {
    Gazetteer gazetteer = GazetteerLoader.load(GazetteerLoader.reference());
    List<Article> stored = StoredArticles.read(store.dataset());
    Conversion c = convert(inputs, stored, gazetteer, readProgress);
    List<NamedGraph> all = new ArrayList<>(baseGraphs());
    all.addAll(c.graphs());
    List<ConsistencyCheck.Finding> findings = ConsistencyCheck.check(all);
    if (!findings.isEmpty() && !allowInconsistent) {
      log.warn("{} consistency problems; nothing written", findings.size());
      return new Result(c.loaded(), c.rejected(), findings, false);
    }
    all.add(InferenceOperation.inferredGraph(all));
    store.replace(all, batchSize, writeProgress);
    log.info("stored {} article graphs; {} inputs rejected", c.graphs().size(), c.rejected().size());
    return new Result(c.loaded(), c.rejected(), findings, true);
  }
}

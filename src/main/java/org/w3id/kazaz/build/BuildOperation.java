package org.w3id.kazaz.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.article.ArticleReader;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerLoader;
import org.w3id.kazaz.mapping.Iris;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.store.TdbStore;

/**
 * Builds the knowledge graph: reads and converts every article whole, in memory, before anything is
 * written; a rejected article is reported and leaves the store untouched; then writes the ontology,
 * the reference data and the article graphs into the store in batched write transactions.
 */
public final class BuildOperation {
  private static final Logger log = LoggerFactory.getLogger(BuildOperation.class);

  /** An input that was not loaded, and why. */
  public record Rejected(String file, String code, String problem) {
    public String line() {
      return problem;
    }
  }

  /** What a build did. */
  public record Result(List<String> loaded, List<Rejected> rejected) {
    public boolean ok() {
      return rejected.isEmpty();
    }
  }

  /** Graphs of articles that were converted, and the inputs that were rejected. */
  public record Conversion(List<NamedGraph> graphs, List<String> loaded, List<Rejected> rejected) {}

  public static final int DEFAULT_BATCH = 200;

  private BuildOperation() {}

  /** Reads and converts; writes nothing. */
  public static Conversion convert(List<Path> inputs, Gazetteer gazetteer, IntConsumer progress) {
    ArticleConverter converter = new ArticleConverter(gazetteer);
    List<NamedGraph> graphs = new ArrayList<>();
    List<String> loaded = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    int n = 0;
    for (Path p : Inputs.expand(inputs)) {
      try {
        Article a = ArticleReader.read(p);
        Path earlier = seen.putIfAbsent(a.stem(), p);
        if (earlier != null) {
          rejected.add(
              new Rejected(p.toString(), "E-ARTICLE-DUPLICATE",
                  p + ": same article name as " + earlier + "; not loaded twice"));
          continue;
        }
        graphs.add(converter.convert(a));
        loaded.add(p.toString());
      } catch (KazazException e) {
        rejected.add(new Rejected(p.toString(), e.code(), e.getMessage()));
      } catch (RuntimeException e) {
        log.debug("conversion of {} failed", p, e);
        rejected.add(
            new Rejected(p.toString(), "E-CONVERT", p + ": conversion failed: " + e));
      }
      progress.accept(++n);
    }
    return new Conversion(graphs, loaded, rejected);
  }

  /** The graphs every build writes besides the articles: the ontology and the reference data. */
  public static List<NamedGraph> baseGraphs() {
    Model onto = GazetteerLoader.ontology();
    Model ref = GazetteerLoader.reference();
    return List.of(
        new NamedGraph(Iris.ONTOLOGY_GRAPH, onto.getGraph()),
        new NamedGraph(Iris.REFERENCE_GRAPH, ref.getGraph()));
  }

  /** Converts every input, then writes what converted into the store. */
  public static Result run(
      List<Path> inputs, TdbStore store, int batchSize, IntConsumer readProgress, IntConsumer writeProgress) {
    Gazetteer gazetteer = GazetteerLoader.load(GazetteerLoader.reference());
    Conversion c = convert(inputs, gazetteer, readProgress);
    List<NamedGraph> all = new ArrayList<>(baseGraphs());
    all.addAll(c.graphs());
    store.replace(all, batchSize, writeProgress);
    log.info("built {} article graphs, {} inputs rejected", c.graphs().size(), c.rejected().size());
    return new Result(c.loaded(), c.rejected());
  }
}

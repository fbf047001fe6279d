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
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.extract.ArticleExtractor;
import org.w3id.kazaz.extract.Extraction;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;
import org.w3id.kazaz.gazetteer.GazetteerLoader;
import org.w3id.kazaz.mapping.ArticleMapper;
import org.w3id.kazaz.mapping.Iris;
import org.w3id.kazaz.reason.BrokenFacts;
import org.w3id.kazaz.reason.ConsistencyCheck;
import org.w3id.kazaz.reason.InferenceOperation;
import org.w3id.kazaz.reason.KazazRules;
import org.w3id.kazaz.reason.Provenance;
import org.w3id.kazaz.reason.Validation;
import org.w3id.kazaz.reason.ValidationException;
import org.w3id.kazaz.resolve.Resolution;
import org.w3id.kazaz.store.ExtractionCache;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.store.StoredArticles;
import org.w3id.kazaz.store.TdbStore;

/**
 * Builds the knowledge graph: reads and converts every article whole, in memory, before anything is
 * written; a rejected article is reported and leaves the store untouched. Articles already in the
 * store are read back and converted again with the new ones, so that a document reported by
 * several articles is one node whatever the order they came in. Then the ontology, the reference
 * data, the article graphs and the inferred graph are written in one write transaction: the store
 * holds the old build or the new one, never a mix, whenever the process stops.
 */
public final class BuildOperation {
  private static final Logger log = LoggerFactory.getLogger(BuildOperation.class);

  /** An input that was not loaded, and why ({@code problem} names the file). */
  public record Rejected(String file, String code, String problem) {}

  /**
   * What a build did. {@code warnings} are the SHACL warnings, one printable line each; {@code
   * leftOut} the facts left out of their articles because they broke a shape; {@code
   * inconsistencies} are what the consistency check found: when there are any and they were not
   * allowed, nothing was written ({@link #published()} is false).
   */
  public record Result(
      List<String> loaded,
      List<Rejected> rejected,
      List<String> warnings,
      List<BrokenFacts.LeftOut> leftOut,
      List<ConsistencyCheck.Finding> inconsistencies,
      boolean published,
      Work work) {
    public Result(List<String> loaded, List<Rejected> rejected) {
      this(loaded, rejected, List.of(), List.of(), List.of(), true, Work.NONE);
    }

    /** No input rejected and the graph published; facts left out do not count against it. */
    public boolean ok() {
      return rejected.isEmpty() && published;
    }
  }

  /**
   * What a build had to do: articles extracted anew and taken from the cache, whether the converter
   * (code, rules, reference data) changed since the last build, and the graphs written (those whose
   * content changed; 0 when the store already held this build).
   */
  public record Work(int extracted, int reused, boolean converterChanged, int graphsWritten) {
    public static final Work NONE = new Work(0, 0, false, 0);
  }

  /**
   * Graphs of the articles that converted, and the inputs that were rejected; {@code articles}
   * the articles whose graphs these are, {@code extracted} the extractions made anew (not found
   * in the cache), {@code reused} how many came from it.
   */
  public record Conversion(
      List<NamedGraph> graphs, List<String> loaded, List<Rejected> rejected,
      List<Article> articles, List<Extraction> extracted, int reused) {
    public Conversion(List<NamedGraph> graphs, List<String> loaded, List<Rejected> rejected) {
      this(graphs, loaded, rejected, List.of(), List.of(), 0);
    }
  }

  public static final int DEFAULT_BATCH = 200;

  /**
   * The consistency check looks only around the changed graphs when they are fewer than one in
   * this many of the article graphs kept as they are; a bigger change checks the whole store (one
   * pass over its indexes costs less than looking up that many nodes one by one).
   */
  static final int SCOPED_SHARE = 4;

  /** How many graphs {@link #baseGraphs} gives: the ontology, the reference data and the rules. */
  static final int BASE_GRAPHS = 3;

  /** The stages of a build, in order; a {@link #run} listener is told as each one begins. */
  public enum Stage {
    /** Reading the inputs and the stored articles, annotating and extracting them, resolving. */
    CONVERTING,
    /** Checking the graphs against the SHACL shapes and leaving out what breaks one. */
    VALIDATING,
    /** Applying the rules to make the inferred graphs. */
    INFERRING,
    /** The write transaction, open until everything is written and checked. */
    WRITING,
    /** The consistency check of the whole store, inside the write transaction, before its commit. */
    CHECKING,
    /** The write transaction committed: the new build is what the store holds. */
    COMMITTED
  }

  private BuildOperation() {}

  /**
   * Reads the inputs and converts them together with {@code stored} (articles already in the
   * store; an input of the same name replaces its stored version). Writes nothing.
   */
  public static Conversion convert(
      List<Path> inputs, List<Article> stored, Gazetteer gazetteer, IntConsumer progress) {
    return convert(inputs, stored, gazetteer, progress, null);
  }

  /**
   * As {@link #convert(List, List, Gazetteer, IntConsumer)}, taking each article's extraction from
   * {@code cache} when it holds one (null: no cache), extracting the others.
   */
  public static Conversion convert(
      List<Path> inputs, List<Article> stored, Gazetteer gazetteer, IntConsumer progress,
      ExtractionCache cache) {
    List<String> loaded = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    Map<String, Article> articles = new LinkedHashMap<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path p : Inputs.expand(inputs)) {
      try {
        Article a = ArticleReader.read(p);
        // the identity of an article is its graph's IRI: names that differ only in case, spaces or
        // punctuation map to one graph, so they are one article, reported where they meet
        String graph = org.w3id.kazaz.mapping.Iris.articleGraph(a.stem());
        Path earlier = seen.putIfAbsent(graph, p);
        if (earlier != null) {
          rejected.add(new Rejected(p.toString(), "E-ARTICLE-DUPLICATE",
              p + ": same article as " + earlier + " (both would be " + graph + "); loaded once"));
          continue;
        }
        articles.put(graph, a);
        loaded.add(p.toString());
      } catch (KazazException e) {
        rejected.add(new Rejected(p.toString(), e.code(), e.getMessage()));
      }
    }
    for (Article a : stored) {
      articles.putIfAbsent(org.w3id.kazaz.mapping.Iris.articleGraph(a.stem()), a);
    }
    // articles are extracted independently, on every core; results are taken in article order
    ArticleExtractor extractor = new ArticleExtractor(gazetteer);
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    List<Object> results =
        new ArrayList<>(articles.values()).parallelStream()
            .map(a -> {
              try {
                if (cache != null) {
                  java.util.Optional<Extraction> kept = cache.get(a);
                  if (kept.isPresent()) {
                    return (Object) new Kept(kept.get());
                  }
                }
                return (Object) extractor.extract(a);
              } catch (KazazException e) { // a limit of the input, found once the article is annotated
                return new Rejected(a.fileName(), e.code(), e.getMessage());
              } catch (Throwable e) { // NOPMD: a stack overflow or any bug in one article costs that article only
                log.debug("extraction from {} failed", a.fileName(), e);
                return new Rejected(a.fileName(), "E-EXTRACT", a.fileName() + ": extraction failed: " + e);
              } finally {
                progress.accept(done.incrementAndGet());
              }
            })
            .toList();
    List<Extraction> extractions = new ArrayList<>();
    List<Extraction> extracted = new ArrayList<>();
    int reused = 0;
    for (Object r : results) {
      if (r instanceof Kept k) {
        extractions.add(k.extraction());
        reused++;
      } else if (r instanceof Extraction x) {
        extractions.add(x);
        extracted.add(x);
      } else {
        Rejected rej = (Rejected) r;
        loaded.remove(String.valueOf(seen.get(org.w3id.kazaz.mapping.Iris.articleGraph(rej.file().replaceAll("\\.[^.]*$", "")))));
        rejected.add(rej);
      }
    }
    Resolution resolution = Resolution.of(extractions, stateLabels(gazetteer));
    List<NamedGraph> graphs =
        extractions.parallelStream().map(x -> ArticleMapper.map(x, resolution)).toList();
    return new Conversion(graphs, loaded, rejected,
        extractions.stream().map(Extraction::article).toList(), extracted, reused);
  }

  /** An extraction found in the cache. */
  private record Kept(Extraction extraction) {}

  private static Map<String, String> stateLabels(Gazetteer gazetteer) {
    Map<String, String> out = new HashMap<>();
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.kind() == EntityKind.STATE) {
        out.put(e.iri(), e.prefLabel());
      }
    }
    return out;
  }

  /**
   * The graphs every build writes besides the articles: the ontology, the reference data and the
   * rules (described, so that a changed rule is a changed base graph: every article is then
   * reasoned over again).
   */
  public static List<NamedGraph> baseGraphs() {
    Model onto = GazetteerLoader.ontology();
    Model ref = GazetteerLoader.reference();
    return List.of(
        new NamedGraph(Iris.ONTOLOGY_GRAPH, onto.getGraph()),
        new NamedGraph(Iris.REFERENCE_GRAPH, ref.getGraph()),
        new NamedGraph(Iris.RULES_GRAPH, Provenance.rules(KazazRules.rules())));
  }

  /** Converts every input with the articles already stored, validates, then writes. */
  public static Result run(
      List<Path> inputs, TdbStore store, int batchSize, IntConsumer readProgress,
      IntConsumer writeProgress) {
    return run(inputs, store, batchSize, readProgress, writeProgress, Options.DEFAULT);
  }

  /**
   * How a build checks what it writes: {@code validate} against the SHACL shapes (a fact that
   * breaks a shape is left out of its article, the rest loads), and whether an inconsistent graph
   * may be published all the same.
   */
  public record Options(boolean validate, boolean allowInconsistent) {
    public static final Options DEFAULT = new Options(true, false);
  }

  /**
   * Converts every input with the articles already stored; validates the graphs against the SHACL
   * shapes, leaving out of each article the facts that break one ({@link BrokenFacts}: no article
   * is rejected for what the converter made of it; violations outside any article stop the
   * build, {@link ValidationException}); infers what the rules add, per article ({@link
   * InferenceOperation#inferredGraphs}); writes the graphs that changed in one transaction and
   * checks the store for consistency before committing it, unless {@code allowInconsistent}.
   */
  public static Result run(
      List<Path> inputs, TdbStore store, int batchSize, IntConsumer readProgress,
      IntConsumer writeProgress, Options options) {
    return run(inputs, store, batchSize, readProgress, writeProgress, options, stage -> {});
  }

  /** As {@link #run(List, TdbStore, int, IntConsumer, IntConsumer, Options)}, telling {@code
   * stages} as each {@link Stage} begins. */
  public static Result run(
      List<Path> inputs, TdbStore store, int batchSize, IntConsumer readProgress,
      IntConsumer writeProgress, Options options, java.util.function.Consumer<Stage> stages) {
    stages.accept(Stage.CONVERTING);
    Gazetteer gazetteer = GazetteerLoader.load(GazetteerLoader.reference());
    List<Article> stored = StoredArticles.read(store.dataset());
    ExtractionCache cache = ExtractionCache.of(store.dir());
    boolean converterChanged = !stored.isEmpty() && cache.converterChanged();
    if (converterChanged) {
      log.info("the converter or its reference data changed since the last build: the {} stored"
          + " article(s) are extracted again", stored.size());
    }
    Conversion c = convert(inputs, stored, gazetteer, readProgress, cache);
    List<NamedGraph> base = baseGraphs();
    // An article graph the store already holds as the converter maps it now was validated and
    // reasoned over when it was written, against the same base (ontology, reference data and
    // rules): it is neither checked nor reasoned over again (its inferred graphs stay), so that
    // adding an article costs the work of the articles it changes, not of the whole store.
    List<NamedGraph> all = new ArrayList<>(base);
    all.addAll(c.graphs());
    java.util.Set<String> held = store.holding(all);
    java.util.Set<String> names = store.graphNames();
    boolean baseHeld = base.stream().allMatch(g -> held.contains(g.iri()));
    java.util.function.Predicate<NamedGraph> unchanged = g -> baseHeld && held.contains(g.iri());
    List<NamedGraph> kept = c.graphs().stream().filter(unchanged).toList();
    List<NamedGraph> fresh = c.graphs().stream().filter(unchanged.negate()).toList();
    log.debug("{} article graph(s) as stored, {} to check", kept.size(), fresh.size());
    List<String> warnings = List.of();
    List<BrokenFacts.LeftOut> leftOut = List.of();
    if (options.validate()) {
      stages.accept(Stage.VALIDATING);
      BrokenFacts.Outcome o = BrokenFacts.leaveOutEach(base, fresh);
      fresh = o.graphs().subList(BASE_GRAPHS, o.graphs().size());
      leftOut = o.leftOut();
      warnings = o.validation().lines(Validation.Level.WARNING);
      if (!leftOut.isEmpty()) {
        log.warn("{} fact(s) that break a shape left out of their articles", leftOut.size());
      }
    }
    List<Rejected> rejected = c.rejected().stream().distinct().toList();
    stages.accept(Stage.INFERRING);
    // the graphs the store already holds as they are (base, kept articles and their inferences)
    // are not handed to the store to be compared again
    List<NamedGraph> toWrite = new ArrayList<>(baseHeld ? List.of() : base);
    toWrite.addAll(fresh);
    List<NamedGraph> inferred = InferenceOperation.inferredGraphs(base, fresh);
    toWrite.addAll(inferred);
    // an inferred graph of a rule that no longer fires (or of an earlier layout) is removed; those
    // of the kept articles stay
    java.util.Set<String> inferredNow = new java.util.HashSet<>();
    inferred.forEach(g -> inferredNow.add(g.iri()));
    java.util.Set<String> keptIris = new java.util.HashSet<>();
    kept.forEach(g -> keptIris.add(g.iri()));
    List<String> stale = names.stream()
        .filter(n -> Iris.isInferred(n) && !inferredNow.contains(n) && !keptIris.contains(Iris.inferredFrom(n)))
        .sorted().toList();
    // The store a build finds was checked when it was committed: with the base as it was and a
    // few articles changed, only what the changed graphs say of their nodes (before and after) can
    // break an axiom, and the check looks only there; otherwise it checks the whole store.
    java.util.Set<org.apache.jena.graph.Node> around =
        baseHeld && SCOPED_SHARE * (fresh.size() + stale.size()) < kept.size()
            ? org.apache.jena.system.Txn.calculateRead(store.dataset(), () ->
                ConsistencyCheck.touchedBy(store.dataset().asDatasetGraph(), toWrite, stale))
            : null;
    stages.accept(Stage.WRITING);
    // the consistency check runs on the store as the write transaction leaves it (the articles
    // already stored included; around a small change, only the quads of its nodes are copied into
    // memory); inconsistent, it is not committed
    List<ConsistencyCheck.Finding> findings = new ArrayList<>();
    int written = store.replace(toWrite, stale, batchSize, writeProgress, dsg -> {
      stages.accept(Stage.CHECKING);
      findings.addAll(around == null
          ? ConsistencyCheck.checkStore(dsg)
          : ConsistencyCheck.checkAround(dsg, around,
              org.apache.jena.graph.NodeFactory.createURI(Iris.ONTOLOGY_GRAPH)));
      return findings.isEmpty() || options.allowInconsistent();
    });
    if (written < 0) {
      log.warn("{} consistency problems; nothing written", findings.size());
      return new Result(c.loaded(), rejected, warnings, leftOut, findings, false,
          new Work(c.extracted().size(), c.reused(), converterChanged, 0));
    }
    stages.accept(Stage.COMMITTED);
    // kept after the commit: an entry is right for its key whatever the store holds
    c.extracted().forEach(cache::put);
    cache.retain(c.articles().stream().map(cache::key).collect(java.util.stream.Collectors.toSet()));
    log.info("stored {} article graphs; {} inputs rejected; {} fact(s) left out",
        c.graphs().size(), rejected.size(), leftOut.size());
    return new Result(c.loaded(), rejected, warnings, leftOut, findings, true,
        new Work(c.extracted().size(), c.reused(), converterChanged, written));
  }

}

package org.w3id.kazaz.server.search;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.vocab.KZ;

/**
 * Jena's text index (jena-text, Lucene) over every name of the store: labels, preferred, alternative
 * and hidden labels, titles and short titles, in every language, in one field. Built in memory when
 * the server starts (the store does not change while it is served); the store wrapped with it
 * answers {@code text:query}.
 */
public final class LabelIndex {
  private static final Logger log = LoggerFactory.getLogger(LabelIndex.class);

  static final String FIELD = "name";
  static final List<Node> NAMES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
      SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode(), KZ.title.asNode(), KZ.shortTitle.asNode());

  private final Dataset searchable;

  private LabelIndex(Dataset searchable) {
    this.searchable = searchable;
  }

  /** The store with its names indexed. */
  public static LabelIndex build(Dataset ds) {
    EntityDefinition def = new EntityDefinition("uri", FIELD);
    for (Node p : NAMES) {
      def.set(FIELD, p);
    }
    def.setPrimaryPredicate(RDFS.label.asNode());
    def.setLangField("lang");
    TextIndexConfig config = new TextIndexConfig(def);
    config.setAnalyzer(new NameAnalyzer());
    config.setQueryAnalyzer(new NameAnalyzer());
    config.setValueStored(true);
    TextIndex index = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config);
    long t0 = System.nanoTime();
    int[] n = {0};
    Txn.executeRead(ds, () -> {
      DatasetGraph dsg = ds.asDatasetGraph();
      for (Node p : NAMES) {
        dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining((Quad q) -> {
          if (q.getObject().isLiteral() && q.getSubject().isURI()) {
            Entity e = TextQueryFuncs.entityFromQuad(def, q);
            if (e != null) {
              index.addEntity(e);
              n[0]++;
            }
          }
        });
      }
    });
    index.commit();
    log.info("text index: {} names in {} ms", n[0], (System.nanoTime() - t0) / 1_000_000);
    DatasetGraph text = TextDatasetFactory.create(ds.asDatasetGraph(), index, true);
    return new LabelIndex(DatasetFactory.wrap(text));
  }

  /** The store, answering {@code text:query} from the index. */
  public Dataset dataset() {
    return searchable;
  }
}

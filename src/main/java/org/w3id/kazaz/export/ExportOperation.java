package org.w3id.kazaz.export;

import java.io.OutputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.w3id.kazaz.KazazException;

/** Dumps the store with Jena's writers: quads formats keep the graphs, triples formats the union. */
public final class ExportOperation {
  /** The syntaxes offered. */
  public enum Format {
    trig(RDFFormat.TRIG_BLOCKS, true),
    nquads(RDFFormat.NQUADS, true),
    turtle(RDFFormat.TURTLE_BLOCKS, false),
    jsonld(RDFFormat.JSONLD11, true),
    rdfxml(RDFFormat.RDFXML_PLAIN, false);

    final RDFFormat rdfFormat;
    final boolean quads;

    Format(RDFFormat f, boolean quads) {
      this.rdfFormat = f;
      this.quads = quads;
    }

    public Lang lang() {
      return rdfFormat.getLang();
    }
  }

  private ExportOperation() {}

  /** Writes the dataset, or the one graph {@code graphIri} when it is not null. */
  public static void write(Dataset ds, Format format, String graphIri, OutputStream out) {
    Txn.executeRead(
        ds,
        () -> {
          if (graphIri != null) {
            if (!ds.containsNamedModel(graphIri)) {
              throw new KazazException("E-EXPORT-GRAPH", "no graph named <" + graphIri + "> in the store");
            }
            Model m = ds.getNamedModel(graphIri);
            if (format.quads) {
              DatasetGraph one = DatasetGraphFactory.create();
              one.addGraph(NodeFactory.createURI(graphIri), m.getGraph());
              RDFDataMgr.write(out, one, format.rdfFormat);
            } else {
              RDFDataMgr.write(out, m, format.rdfFormat);
            }
          } else if (format.quads) {
            RDFDataMgr.write(out, ds, format.rdfFormat);
          } else {
            RDFDataMgr.write(out, ds.getUnionModel(), format.rdfFormat);
          }
        });
  }
}

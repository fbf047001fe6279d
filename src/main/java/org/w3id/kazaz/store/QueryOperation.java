package org.w3id.kazaz.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.kazaz.vocab.KZ;
import org.w3id.kazaz.vocab.NIF;
import org.w3id.kazaz.vocab.PROV;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.w3id.kazaz.KazazException;

/** A SPARQL query over the store, in a read transaction, with the union of all graphs as default. */
public final class QueryOperation {
  /** How results are printed. */
  public enum Format {
    table,
    csv,
    json
  }

  /** Prefixes a query may use without declaring them. */
  public static final PrefixMapping PREFIXES =
      PrefixMapping.Factory.create()
          .setNsPrefixes(PrefixMapping.Standard)
          .setNsPrefix("kz", KZ.NS)
          .setNsPrefix("skos", SKOS.uri)
          .setNsPrefix("prov", PROV.NS)
          .setNsPrefix("nif", NIF.NS)
          .setNsPrefix("schema", "http://schema.org/")
          .lock();

  private QueryOperation() {}

  public static String run(Dataset ds, String sparql, Format format) {
    Query q = new Query();
    q.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(PREFIXES));
    try {
      QueryFactory.parse(q, sparql, null, Syntax.syntaxSPARQL_11);
    } catch (QueryParseException e) {
      throw new KazazException("E-QUERY-PARSE", "the query does not parse: " + e.getMessage());
    }
    return Txn.calculateRead(
        ds,
        () -> {
          try (QueryExecution qe =
              QueryExecution.dataset(ds).query(q).set(TDB2.symUnionDefaultGraph, true).build()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (q.isSelectType()) {
              switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                case json -> ResultSetFormatter.outputAsJSON(out, qe.execSelect());
                default -> ResultSetFormatter.out(out, qe.execSelect(), q.getPrologue());
              }
            } else if (q.isAskType()) {
              boolean b = qe.execAsk();
              switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(out, b);
                case json -> ResultSetFormatter.outputAsJSON(out, b);
                default -> out.writeBytes((b + "\n").getBytes(StandardCharsets.UTF_8));
              }
            } else {
              Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
              RDFDataMgr.write(out, m, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
            }
            return out.toString(StandardCharsets.UTF_8);
          }
        });
  }
}

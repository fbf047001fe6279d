package org.w3id.kazaz.export;

import java.time.Instant;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.kazaz.gazetteer.OntologyResources;

/**
 * The dataset described with VoID and DCAT: what {@code ontology/dataset/kazaz-dataset.ttl} says
 * (title, licence, publisher, vocabularies), and what the build gives: its date, the triples, the
 * nodes per class, the links to Wikidata, the SPARQL endpoint and the dumps.
 */
public final class DatasetDescription {
  public static final String DATASET = "https://w3id.org/kazaz/dataset";
  static final String STATIC = "ontology/dataset/kazaz-dataset.ttl";

  private DatasetDescription() {}

  /**
   * @param base the public base the endpoint and the dumps are reached at (ending with "/")
   * @param built when the store was built, or null when unknown
   * @param dumps whether the dumps are published under {@code base + "dumps/"}
   */
  public static Model describe(Numbers n, String base, Instant built, boolean dumps) {
    Model m = ModelFactory.createDefaultModel();
    OntologyResources.read(m, STATIC);
    m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
        .setNsPrefix("kz", "https://w3id.org/kazaz/ontology#").setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    Resource ds = m.createResource(DATASET);
    if (built != null) {
      ds.addLiteral(DCTerms.modified, m.createTypedLiteral(built.toString(), XSDDatatype.XSDdateTime));
    }
    ds.addLiteral(VOID.triples, n.triples());
    String endpoint = base + "kg/sparql";
    ds.addProperty(VOID.sparqlEndpoint, m.createResource(endpoint));
    ds.addProperty(DCAT.accessService, m.createResource()
        .addProperty(RDF.type, DCAT.DataService)
        .addProperty(DCAT.endpointURL, m.createResource(endpoint))
        .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/")));
    for (Numbers.ClassCount c : n.classes()) {
      ds.addProperty(VOID.classPartition, m.createResource()
          .addProperty(VOID._class, m.createResource(c.classIri()))
          .addLiteral(VOID.entities, c.count()));
    }
    ds.addProperty(VOID.subset, m.createResource()
        .addProperty(RDF.type, VOID.Linkset)
        .addProperty(VOID.subjectsTarget, ds)
        .addProperty(VOID.objectsTarget, m.createResource("http://www.wikidata.org/"))
        .addProperty(VOID.linkPredicate, OWL.sameAs)
        .addLiteral(VOID.triples, n.wikidataLinks()));
    if (dumps) {
      for (DumpSet d : DumpSet.values()) {
        Resource url = m.createResource(base + "dumps/" + d.fileName());
        ds.addProperty(VOID.dataDump, url);
        ds.addProperty(DCAT.distribution, m.createResource()
            .addProperty(RDF.type, DCAT.Distribution)
            .addProperty(DCAT.downloadURL, url)
            .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + d.mediaType()))
            .addProperty(DCTerms.format, d.mediaType())
            .addProperty(DCTerms.license, ds.getPropertyResourceValue(DCTerms.license)));
      }
    }
    return m;
  }
}

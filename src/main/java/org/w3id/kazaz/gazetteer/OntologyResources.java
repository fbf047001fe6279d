package org.w3id.kazaz.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;

/**
 * The Turtle files packed into the jar under {@code ontology/}: the ontology with its concept
 * schemes, and the reference data. They are read from the classpath, so the jar carries its own.
 */
public final class OntologyResources {
  /** The TBox and the SKOS concept schemes. */
  public static final List<String> ONTOLOGY =
      List.of("ontology/kazaz.ttl", "ontology/sectors.ttl");

  /** The reference data, one file per category of well-known actor. */
  public static final List<String> REFERENCE =
      List.of(
          "ontology/reference/states.ttl",
          "ontology/reference/world-states.ttl",
          "ontology/reference/places.ttl",
          "ontology/reference/region-places.ttl",
          "ontology/reference/people.ttl",
          "ontology/reference/organisations.ttl",
          "ontology/reference/more-organisations.ttl",
          "ontology/reference/routes.ttl");

  private OntologyResources() {}

  /** Every named resource parsed into one new model. */
  public static Model read(List<String> resources) {
    Model m = ModelFactory.createDefaultModel();
    for (String r : resources) {
      read(m, r);
    }
    return m;
  }

  /** Parses one classpath resource (Turtle) into {@code into}, or fails naming the resource. */
  public static void read(Model into, String resource) {
    ClassLoader loader = OntologyResources.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new OntologyException(resource + ": not found on the classpath");
      }
      RDFParser.source(in)
          .lang(Lang.TURTLE)
          .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
          .parse(into);
    } catch (RiotException e) {
      throw new OntologyException(resource + ": does not parse: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new OntologyException(resource + ": cannot be read: " + e.getMessage(), e);
    }
  }
}

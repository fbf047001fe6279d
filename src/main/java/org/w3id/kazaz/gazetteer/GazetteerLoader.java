package org.w3id.kazaz.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.vocab.KZ;

/**
 * Turns the reference data into the in-memory {@link Gazetteer}: one entry per resource typed
 * with a kazaz class that has an {@link EntityKind} (offices and other resources are left out),
 * with its English labels, its state and its role. Entries are sorted by IRI, so the result does
 * not depend on the order of the files or triples.
 */
public final class GazetteerLoader {
  private static final Logger log = LoggerFactory.getLogger(GazetteerLoader.class);

  /** The class of each kind, the inverse of the mapping's {@code Terms.classOf}. */
  private static final Map<Resource, EntityKind> KINDS = kinds();

  /** Kinds that give way to a more specific kind of the same resource. */
  private static final Set<EntityKind> GENERIC =
      EnumSet.of(EntityKind.ORGANISATION, EntityKind.PLACE, EntityKind.ROUTE);

  private GazetteerLoader() {}

  /** The ontology and its concept schemes, from the classpath. */
  public static Model ontology() {
    return OntologyResources.read(OntologyResources.ONTOLOGY);
  }

  /** The reference data, from the classpath. */
  public static Model reference() {
    return OntologyResources.read(OntologyResources.REFERENCE);
  }

  /** The gazetteer of every entity described in {@code reference}. */
  public static Gazetteer load(Model reference) {
    Map<String, Resource> subjects = new TreeMap<>();
    for (Resource cls : KINDS.keySet()) {
      reference
          .listResourcesWithProperty(RDF.type, cls)
          .forEachRemaining(
              r -> {
                if (!r.isURIResource()) {
                  throw new OntologyException("a blank node is typed " + cls.getLocalName());
                }
                subjects.put(r.getURI(), r);
              });
    }
    List<GazetteerEntry> entries = new ArrayList<>();
    for (Resource r : subjects.values()) {
      entries.add(entry(r));
    }
    Map<String, String> capitalOf = new TreeMap<>();
    reference.listStatements(null, KZ.capitalOf, (RDFNode) null).forEachRemaining(st -> {
      if (st.getSubject().isURIResource() && st.getObject().isURIResource()) {
        capitalOf.put(st.getSubject().getURI(), st.getObject().asResource().getURI());
      }
    });
    log.debug("gazetteer: {} entries from the reference data", entries.size());
    return new Gazetteer(entries, capitalOf);
  }

  private static GazetteerEntry entry(Resource r) {
    EntityKind kind = kindOf(r);
    String pref = prefLabel(r);
    Set<String> alts = new TreeSet<>();
    alts.addAll(english(r, SKOS.altLabel));
    alts.addAll(english(r, SKOS.hiddenLabel));
    alts.addAll(english(r, RDFS.label));
    alts.remove(pref);
    String state = kind == EntityKind.STATE ? r.getURI() : single(r, KZ.state);
    List<String> roles = english(r, KZ.role);
    String role = roles.isEmpty() ? null : roles.get(0);
    return new GazetteerEntry(r.getURI(), kind, pref, List.copyOf(alts), state, role);
  }

  /** The kind of the most specific kazaz class the resource is typed with. */
  static EntityKind kindOf(Resource r) {
    Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
    r.listProperties(RDF.type)
        .forEachRemaining(
            s -> {
              EntityKind k = KINDS.get(s.getObject());
              if (k != null) {
                kinds.add(k);
              }
            });
    if (kinds.size() > 1) {
      kinds.removeAll(GENERIC);
    }
    if (kinds.size() != 1) {
      throw new OntologyException(r.getURI() + ": typed with unrelated kinds " + kinds);
    }
    return kinds.iterator().next();
  }

  private static String prefLabel(Resource r) {
    List<String> pref = english(r, SKOS.prefLabel);
    if (pref.size() > 1) {
      throw new OntologyException(r.getURI() + ": more than one English skos:prefLabel " + pref);
    }
    List<String> label = pref.isEmpty() ? english(r, RDFS.label) : pref;
    if (label.isEmpty()) {
      throw new OntologyException(r.getURI() + ": no English skos:prefLabel or rdfs:label");
    }
    return label.get(0);
  }

  /** The English literals of a property, sorted. */
  private static List<String> english(Resource r, Property p) {
    List<String> out = new ArrayList<>();
    r.listProperties(p)
        .forEachRemaining(
            s -> {
              if (s.getObject().isLiteral() && isEnglish(s.getLiteral())) {
                out.add(s.getLiteral().getLexicalForm());
              }
            });
    out.sort(Comparator.naturalOrder());
    return out;
  }

  private static boolean isEnglish(Literal l) {
    String lang = l.getLanguage().toLowerCase(Locale.ROOT);
    return lang.equals("en") || lang.startsWith("en-");
  }

  /** The IRI of the one value of {@code p}, null if none; more than one is an error. */
  private static String single(Resource r, Property p) {
    List<RDFNode> values = r.listProperties(p).mapWith(s -> s.getObject()).toList();
    if (values.isEmpty()) {
      return null;
    }
    if (values.size() > 1 || !values.get(0).isURIResource()) {
      throw new OntologyException(
          r.getURI() + ": needs one IRI as kz:" + p.getLocalName() + ", has " + values);
    }
    return values.get(0).asResource().getURI();
  }

  private static Map<Resource, EntityKind> kinds() {
    Map<Resource, EntityKind> m = new LinkedHashMap<>();
    m.put(KZ.State, EntityKind.STATE);
    m.put(KZ.Person, EntityKind.PERSON);
    m.put(KZ.Organisation, EntityKind.ORGANISATION);
    m.put(KZ.GovernmentBody, EntityKind.GOVERNMENT_BODY);
    m.put(KZ.Company, EntityKind.COMPANY);
    m.put(KZ.Fund, EntityKind.FUND);
    m.put(KZ.Agency, EntityKind.AGENCY);
    m.put(KZ.InternationalOrganisation, EntityKind.INTERNATIONAL_ORGANISATION);
    m.put(KZ.IntergovernmentalCouncil, EntityKind.INTERGOVERNMENTAL_COUNCIL);
    m.put(KZ.Place, EntityKind.PLACE);
    m.put(KZ.City, EntityKind.CITY);
    m.put(KZ.Port, EntityKind.PORT);
    m.put(KZ.Station, EntityKind.STATION);
    m.put(KZ.Sea, EntityKind.SEA);
    m.put(KZ.Region, EntityKind.REGION);
    m.put(KZ.Street, EntityKind.STREET);
    m.put(KZ.Field, EntityKind.FIELD);
    m.put(KZ.Terminal, EntityKind.TERMINAL);
    m.put(KZ.Pipeline, EntityKind.PIPELINE);
    m.put(KZ.Building, EntityKind.BUILDING);
    m.put(KZ.Route, EntityKind.ROUTE);
    m.put(KZ.Corridor, EntityKind.CORRIDOR);
    if (m.size() != EntityKind.values().length) {
      throw new IllegalStateException("a kind has no class: " + m.values());
    }
    return Map.copyOf(m);
  }
}

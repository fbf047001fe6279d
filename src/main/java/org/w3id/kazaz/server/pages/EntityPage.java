package org.w3id.kazaz.server.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.kazaz.mapping.Iris;
import org.w3id.kazaz.store.QueryFiles;

/**
 * What the page of one node shows: its names in every language, its types, its Wikidata link, the
 * facts about it (outgoing and incoming) as readable lines, each stated one with the articles and
 * sentences it came from, each inferred one with its rule; and, for agreements, events, routes,
 * states and figures, the summary of {@link Summaries}.
 */
public final class EntityPage {
  /** A source of a stated fact: an article (its file and the sentences), or the reference data. */
  public record Source(String file, String href, List<String> sentences) {}

  public record Fact(Value subject, String phrase, Value object, boolean stated, List<Source> sources,
      boolean inferred, List<String> rules) {}

  public record Label(String text, String lang, String kind) {}

  public record Model(String iri, String title, Group<Label> labels, Group<Value> types,
      Group<Value> wikidata, Group<Fact> outgoing, Group<Fact> incoming, Group<Source> articles,
      Summaries.Summary summary, Group<Format> formats) {}

  /** A link to the same description in an RDF syntax. */
  public record Format(String name, String href) {}

  private static final String[] KINDS = {"", "preferred", "label", "title", "also", "short title"};

  private EntityPage() {}

  public static Model build(Dataset ds, String iri, Links links) {
    Map<String, RDFNode> node = Map.of("node", ResourceFactory.createResource(iri));
    List<Label> labels = new ArrayList<>();
    for (Map<String, RDFNode> r : QueryFiles.select(ds, "lod/labels", node)) {
      RDFNode l = r.get("label");
      if (l.isLiteral() && labels.stream().noneMatch(x -> x.text().equals(l.asLiteral().getLexicalForm())
          && x.lang().equals(l.asLiteral().getLanguage()))) {
        labels.add(new Label(l.asLiteral().getLexicalForm(), l.asLiteral().getLanguage(),
            KINDS[r.get("kind").asLiteral().getInt()]));
      }
    }
    Map<String, Map<String, List<String>>> evidence = new LinkedHashMap<>(); // graph -> node -> texts
    Map<String, Source> files = new TreeMap<>();
    List<Source> articles = new ArrayList<>();
    for (Map<String, RDFNode> r : QueryFiles.select(ds, "lod/sources", node)) {
      String g = r.get("g").asResource().getURI();
      if (!files.containsKey(g)) {
        Source a = new Source(r.get("file").asLiteral().getLexicalForm(),
            links.href(r.get("article").asResource().getURI()), List.of());
        files.put(g, a);
        articles.add(a);
      }
      if (r.get("text") != null) {
        evidence.computeIfAbsent(g, k -> new LinkedHashMap<>())
            .computeIfAbsent(r.get("x").asResource().getURI(), k -> new ArrayList<>())
            .add(r.get("text").asLiteral().getLexicalForm());
      }
    }
    Value self = new Value(labels.isEmpty() ? Value.shortName(iri) : labels.get(0).text(), links.href(iri), null);
    List<Value> types = new ArrayList<>();
    List<Value> wikidata = new ArrayList<>();
    Map<String, FactBuilder> out = new LinkedHashMap<>();
    for (Map<String, RDFNode> r : QueryFiles.select(ds, "lod/facts-out", node)) {
      String p = r.get("p").asResource().getURI();
      RDFNode o = r.get("o");
      Value v = Value.of(o, r.get("label"), links);
      if (p.equals(RDF.type.getURI()) && !types.contains(v)) {
        types.add(v);
      } else if (p.equals(OWL.sameAs.getURI()) && o.isURIResource()
          && o.asResource().getURI().startsWith("http://www.wikidata.org/")) {
        wikidata.add(new Value(o.asResource().getURI(), o.asResource().getURI(), null));
      }
      out.computeIfAbsent(p + " " + o, k -> new FactBuilder(self, Phrases.of(p, null), v))
          .add(r.get("g").asResource().getURI(), r.get("rule"), evidence, files, iri);
    }
    Map<String, FactBuilder> in = new LinkedHashMap<>();
    for (Map<String, RDFNode> r : QueryFiles.select(ds, "lod/facts-in", node)) {
      String p = r.get("p").asResource().getURI();
      RDFNode s = r.get("s");
      Value v = Value.of(s, r.get("label"), links);
      in.computeIfAbsent(p + " " + s, k -> new FactBuilder(v, Phrases.of(p, null), self))
          .add(r.get("g").asResource().getURI(), r.get("rule"), evidence, files,
              s.isURIResource() ? s.asResource().getURI() : "");
    }
    List<Format> formats = new ArrayList<>();
    for (org.w3id.kazaz.server.lod.Syntax s : org.w3id.kazaz.server.lod.Syntax.values()) {
      if (s.rdfFormat() != null) {
        formats.add(new Format(s.extension(), links.href(iri) + "." + s.extension()));
      }
    }
    return new Model(iri, self.text(), Group.of(labels), Group.of(types), Group.of(wikidata),
        Group.of(out.values().stream().map(FactBuilder::build).toList()),
        Group.of(in.values().stream().map(FactBuilder::build).toList()), Group.of(articles),
        Summaries.of(ds, iri, links), Group.of(formats));
  }

  /** The sources and rules of one fact, gathered over the graphs that hold it. */
  private static final class FactBuilder {
    final Value subject;
    final String phrase;
    final Value object;
    final List<Source> sources = new ArrayList<>();
    final List<String> rules = new ArrayList<>();

    FactBuilder(Value subject, String phrase, Value object) {
      this.subject = subject;
      this.phrase = phrase;
      this.object = object;
    }

    void add(String graph, RDFNode rule, Map<String, Map<String, List<String>>> evidence,
        Map<String, Source> files, String evidenceOf) {
      if (Iris.isInferred(graph)) {
        String r = rule == null ? "a rule" : rule.asLiteral().getLexicalForm();
        if (!rules.contains(r)) {
          rules.add(r);
        }
        return;
      }
      Source article = files.get(graph);
      if (article == null) {
        String what = graph.equals(Iris.REFERENCE_GRAPH) ? "the reference data"
            : graph.equals(Iris.ONTOLOGY_GRAPH) ? "the ontology" : graph;
        sources.add(new Source(what, null, List.of()));
        return;
      }
      List<String> texts = evidence.getOrDefault(graph, Map.of()).getOrDefault(evidenceOf, List.of());
      sources.add(new Source(article.file(), article.href(), texts));
    }

    Fact build() {
      return new Fact(subject, phrase, object, !sources.isEmpty(), List.copyOf(sources),
          !rules.isEmpty(), List.copyOf(rules));
    }
  }
}

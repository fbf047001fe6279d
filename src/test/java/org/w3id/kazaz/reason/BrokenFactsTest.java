package org.w3id.kazaz.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.vocab.KZ;

/**
 * Facts that break a shape are left out of their article graphs, the rest stays; what is not a
 * fact of an article still stops the build. The article graphs are written here in Turtle, as a
 * converter defect would write them.
 */
class BrokenFactsTest {
  private static final String PREFIXES =
      """
      @prefix kz:   <https://w3id.org/kazaz/ontology#> .
      @prefix id:   <https://w3id.org/kazaz/id/> .
      @prefix a1:   <https://w3id.org/kazaz/id/article/one#> .
      @prefix a2:   <https://w3id.org/kazaz/id/article/two#> .
      @prefix nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
      @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
      @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
      @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
      """;

  /** An article, its text and one evidence sentence, valid. */
  private static String article(String stem) {
    String a = "id:article\\/" + stem;
    String p = "a" + (stem.equals("one") ? "1" : "2") + ":";
    return a + " a kz:NewsArticle ; kz:fileName \"" + stem + ".txt\" .\n"
        + p + "char\\=0\\,40 a nif:Context ; nif:isString \"Forty characters of an article text, yes.\" ;"
        + " nif:beginIndex \"0\"^^xsd:nonNegativeInteger ; nif:endIndex \"40\"^^xsd:nonNegativeInteger ;"
        + " kz:source " + a + " .\n"
        + p + "char\\=0\\,20 a kz:Evidence , nif:OffsetBasedString ;"
        + " nif:beginIndex \"0\"^^xsd:nonNegativeInteger ; nif:endIndex \"20\"^^xsd:nonNegativeInteger ;"
        + " nif:anchorOf \"Forty characters of \" ; nif:referenceContext " + p + "char\\=0\\,40 ;"
        + " kz:source " + a + " .\n";
  }

  private static NamedGraph graph(String stem, String turtle) {
    Graph g =
        RDFParser.fromString(PREFIXES + article(stem) + turtle, Lang.TURTLE).toGraph();
    return new NamedGraph(KZ.GRAPH + "article/" + stem, g);
  }

  private static List<NamedGraph> withBase(NamedGraph... articles) {
    List<NamedGraph> all = new ArrayList<>(BuildOperation.baseGraphs());
    all.addAll(List.of(articles));
    return all;
  }

  private static Node id(String path) {
    return NodeFactory.createURI(KZ.ID + path);
  }

  private static NamedGraph named(List<NamedGraph> graphs, String stem) {
    return graphs.stream()
        .filter(g -> g.iri().equals(KZ.GRAPH + "article/" + stem))
        .findFirst()
        .orElseThrow();
  }

  private static final String GOOD_FIGURE =
      """
      id:figure\\/good a kz:Figure ; kz:indicator "trade turnover" ; kz:value 5.0 ; kz:unit "USD" ;
          kz:subject id:state\\/kazakhstan ; kz:source id:article\\/one ; kz:evidence a1:char\\=0\\,20 .
      """;

  /** A figure with value and unit, but about nothing. */
  private static final String NO_SUBJECT =
      """
      id:figure\\/nothing a kz:Figure ; kz:indicator "oil volume" ; kz:value 2.4 ; kz:unit "t" ;
          kz:source id:article\\/one ; kz:evidence a1:char\\=0\\,20 .
      """;

  @Test
  void aFigureWithoutSubjectIsLeftOutAndTheRestOfItsArticleStays() {
    NamedGraph one = graph("one", GOOD_FIGURE + NO_SUBJECT);
    int before = one.graph().size();
    BrokenFacts.Outcome o = BrokenFacts.leaveOut(withBase(one));

    assertTrue(o.validation().ok(), String.join("\n", o.validation().lines()));
    assertEquals(1, o.leftOut().size(), o.leftOut().toString());
    BrokenFacts.LeftOut l = o.leftOut().get(0);
    assertEquals("one.txt", l.article());
    assertEquals("<" + KZ.ID + "figure/nothing>", l.node());
    assertEquals("kzsh:FigureShape", l.shape());
    assertTrue(l.reason().contains("kz:subject"), l.reason());
    assertTrue(l.line().startsWith("one.txt: <" + KZ.ID + "figure/nothing> (kzsh:FigureShape): "),
        l.line());

    Graph after = named(o.graphs(), "one").graph();
    assertFalse(after.contains(id("figure/nothing"), Node.ANY, Node.ANY), "the figure is left out");
    assertTrue(after.contains(id("figure/good"), Node.ANY, Node.ANY), "the other figure stays");
    assertTrue(after.contains(id("article/one"), Node.ANY, Node.ANY), "and the article");
    // the evidence sentence stays: the good figure rests on it too
    assertTrue(after.contains(id("article/one#char=0,20"), Node.ANY, Node.ANY));
    assertEquals(before, one.graph().size(), "the input graph is not changed");
  }

  @Test
  void aGraphWithoutViolationsComesBackAsItIs() {
    List<NamedGraph> in = withBase(graph("one", GOOD_FIGURE));
    BrokenFacts.Outcome o = BrokenFacts.leaveOut(in);
    assertEquals(List.of(), o.leftOut());
    assertEquals(in, o.graphs());
  }

  @Test
  void leavingOutOneFactCanBreakAnotherWhichIsLeftOutInTheNextRound() {
    // The evidence string ends before it begins; the agreement's only evidence is that string, so
    // once the string is left out the agreement lacks kz:evidence and is left out in turn.
    NamedGraph one =
        graph("one",
            """
            a1:char\\=30\\,10 a kz:Evidence , nif:OffsetBasedString ;
                nif:beginIndex "30"^^xsd:nonNegativeInteger ; nif:endIndex "10"^^xsd:nonNegativeInteger ;
                nif:anchorOf "backwards" ; nif:referenceContext a1:char\\=0\\,40 ; kz:source id:article\\/one .
            id:agreement\\/mou a kz:MemorandumOfUnderstanding ; kz:title "Memorandum on ports" ;
                kz:party id:state\\/kazakhstan ; kz:source id:article\\/one ; kz:evidence a1:char\\=30\\,10 .
            id:event\\/talks a kz:Talks ; kz:source id:article\\/one .
            id:agreement\\/mou kz:signedAt id:event\\/talks .
            """);
    BrokenFacts.Outcome o = BrokenFacts.leaveOut(withBase(one));
    assertEquals(
        List.of("<" + KZ.ID + "agreement/mou> kzsh:AgreementShape",
            "<" + KZ.ID + "article/one#char=30,10> kzsh:EvidenceShape"),
        o.leftOut().stream().map(l -> l.node() + " " + l.shape()).toList());
    Graph after = named(o.graphs(), "one").graph();
    assertFalse(after.contains(id("agreement/mou"), Node.ANY, Node.ANY));
    assertTrue(after.contains(id("event/talks"), Node.ANY, Node.ANY), "the talks stay");
  }

  @Test
  void aRouteIsLeftOutWithItsStopsAndTheLinksToIt() {
    // a route without a name: its stops, minted under its IRI, go with it; the article's mention
    // of it and its evidence sentence, which only it rested on, too
    NamedGraph one =
        graph("one",
            """
            id:route\\/line a kz:Route ; kz:source id:article\\/one ; kz:evidence a1:char\\=0\\,20 ;
                kz:hasStop id:route\\/line\\/stop\\/1 , id:route\\/line\\/stop\\/2 .
            id:route\\/line\\/stop\\/1 a kz:RouteStop ; kz:stopIndex 1 ; kz:stopPlace id:place\\/aktau .
            id:route\\/line\\/stop\\/2 a kz:RouteStop ; kz:stopIndex 2 ; kz:stopPlace id:place\\/baku .
            id:article\\/one kz:mentions id:route\\/line .
            """);
    BrokenFacts.Outcome o = BrokenFacts.leaveOut(withBase(one));
    assertEquals(1, o.leftOut().size(), o.leftOut().toString());
    assertEquals("kzsh:EntityShape", o.leftOut().get(0).shape());
    Graph after = named(o.graphs(), "one").graph();
    assertFalse(after.contains(id("route/line"), Node.ANY, Node.ANY));
    assertFalse(after.contains(Node.ANY, Node.ANY, id("route/line")), "nothing points to it");
    assertFalse(after.contains(id("route/line/stop/1"), Node.ANY, Node.ANY), "its stops go too");
    assertFalse(after.contains(id("article/one#char=0,20"), Node.ANY, Node.ANY),
        "and the sentence only it rested on");
    assertTrue(after.contains(id("article/one"), Node.ANY, Node.ANY));
  }

  @Test
  void aFactTwoArticlesDescribeIsLeftOutOfBoth() {
    NamedGraph one = graph("one", NO_SUBJECT);
    NamedGraph two =
        graph("two",
            """
            id:figure\\/nothing a kz:Figure ; kz:source id:article\\/two ; kz:evidence a2:char\\=0\\,20 .
            """);
    BrokenFacts.Outcome o = BrokenFacts.leaveOut(withBase(one, two));
    assertEquals(List.of("one.txt", "two.txt"),
        o.leftOut().stream().map(BrokenFacts.LeftOut::article).toList());
  }

  @Test
  void ofAReferenceEntityOnlyWhatTheArticleSaysIsLeftOut() {
    // the article types the reference state Kazakhstan a figure: that statement breaks the figure
    // shape and goes, the article still names the state
    NamedGraph one =
        graph("one",
            """
            id:state\\/kazakhstan a kz:Figure ; kz:evidence a1:char\\=0\\,20 .
            id:article\\/one kz:mentions id:state\\/kazakhstan .
            """);
    BrokenFacts.Outcome o = BrokenFacts.leaveOut(withBase(one));
    assertEquals(List.of("one.txt <" + KZ.ID + "state/kazakhstan> kzsh:FigureShape"),
        o.leftOut().stream().map(l -> l.article() + " " + l.node() + " " + l.shape()).toList());
    Graph after = named(o.graphs(), "one").graph();
    assertFalse(after.contains(id("state/kazakhstan"), Node.ANY, Node.ANY));
    assertTrue(after.contains(id("article/one"), KZ.mentions.asNode(), id("state/kazakhstan")));
  }

  @Test
  void aViolationOutsideAnyArticleStillStops() {
    // a state that no article describes and that has no name: the reference data is broken
    Graph reference =
        RDFParser.fromString(PREFIXES + "id:state\\/nameless a kz:State .", Lang.TURTLE).toGraph();
    List<NamedGraph> graphs = withBase(graph("one", NO_SUBJECT));
    graphs.add(new NamedGraph(KZ.GRAPH + "reference-extra", reference));
    ValidationException e =
        assertThrows(ValidationException.class, () -> BrokenFacts.leaveOut(graphs));
    assertEquals("E-SHACL", e.code());
    assertTrue(e.getMessage().contains("state/nameless"), e.getMessage());
    assertFalse(e.getMessage().contains("figure/nothing"), "the figure is an article's: " + e.getMessage());
  }

  @Test
  void anArticlesOwnDescriptionIsNotAFact() {
    // the article node made an entity by mistake, without a name: leaving it out would leave out
    // the whole article, so the build stops instead
    NamedGraph one = graph("one", "id:article\\/one a kz:Organisation .");
    ValidationException e =
        assertThrows(ValidationException.class, () -> BrokenFacts.leaveOut(withBase(one)));
    assertTrue(e.getMessage().contains("article/one"), e.getMessage());
  }
}

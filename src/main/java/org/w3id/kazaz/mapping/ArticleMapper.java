package org.w3id.kazaz.mapping;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.extract.agreements.AgreementRecord;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.events.EventRecord;
import org.w3id.kazaz.extract.Extraction;
import org.w3id.kazaz.extract.figures.FigureRecord;
import org.w3id.kazaz.extract.common.Mention;
import org.w3id.kazaz.extract.entities.PersonRecord;
import org.w3id.kazaz.extract.routes.RouteRecord;
import org.w3id.kazaz.resolve.Resolution;
import org.w3id.kazaz.store.NamedGraph;
import org.w3id.kazaz.vocab.ITSRDF;
import org.w3id.kazaz.vocab.KZ;
import org.w3id.kazaz.vocab.NIF;
import org.w3id.kazaz.vocab.PROV;

/**
 * The one place where records become RDF: an article's extraction becomes the article's own named
 * graph, with the article described in it (date, file, provenance) and every fact pointing to its
 * source article and to the stretch of text it came from.
 */
public final class ArticleMapper {
  /** Version of the converter, part of the conversion run's identifier. */
  public static final String CONVERTER_VERSION = "0.1.0";

  private ArticleMapper() {}

  public static NamedGraph map(Extraction x) {
    return map(x, Resolution.none());
  }

  /**
   * Maps one article; {@code resolution} says which record stands for a document reported by
   * several articles, and which label names an organisation spelled in several ways.
   */
  public static NamedGraph map(Extraction x, Resolution resolution) {
    Article a = x.article();
    Model m = ModelFactory.createDefaultModel();
    Resource article = describeArticle(m, a);
    Evidence ev = new Evidence(m, a);
    Entities entities = new Entities(m, resolution);

    for (Mention mention : x.mentions()) {
      Resource entity = entities.of(mention.entity());
      article.addProperty(KZ.mentions, entity);
      ev.phrase(mention.span()).addProperty(ITSRDF.taIdentRef, entity);
      if (!mention.entity().isKnown() && mention.entity().kind().isOrganisation()) {
        WrittenNames.of(a.text(), mention.span(), mention.entity().label())
            .forEach(n -> entity.addProperty(org.apache.jena.vocabulary.SKOS.altLabel, n, "en"));
      }
    }
    for (PersonRecord p : x.people()) {
      Resource person = entities.of(p.person()).addProperty(KZ.role, p.role(), "en");
      person.addProperty(KZ.evidence, ev.sentence(p.evidence()));
    }
    Map<EventRecord, Resource> events = new java.util.LinkedHashMap<>();
    for (EventRecord r : x.events()) {
      events.put(r, addEvent(m, r, resolution.canonical(r), entities, ev).addProperty(KZ.source, article));
    }
    for (AgreementRecord r : x.agreements()) {
      AgreementRecord canon = resolution.canonical(r);
      Resource doc = AgreementMapping.add(m, r, canon, entities, ev).addProperty(KZ.source, article);
      SigningEvents.of(r, events.keySet()).ifPresent(e -> doc.addProperty(KZ.signedAt, events.get(e)));
      if (r.amends() != null) {
        AgreementRecord target = resolution.referred(r);
        Resource referred =
            target != null
                ? m.createResource(AgreementMapping.iri(target, entities))
                : AgreementMapping.mentioned(m, r.amends(), entities);
        referred.addProperty(KZ.source, article).addProperty(KZ.evidence, ev.sentence(r.evidence()));
        doc.addProperty(AgreementMapping.amending(r) ? KZ.amends : KZ.implementsDocument, referred);
      }
    }
    for (RouteRecord r : x.routes()) {
      RouteMapping.add(m, r, resolution.canonical(r), entities, ev).addProperty(KZ.source, article);
    }
    for (FigureRecord r : x.figures()) {
      FigureMapping.add(m, r, resolution.canonical(r), entities, ev).addProperty(KZ.source, article);
    }
    return new NamedGraph(Iris.articleGraph(a.stem()), m.getGraph());
  }

  private static Resource describeArticle(Model m, Article a) {
    Resource file =
        m.createResource(Iris.file(a.fileName()))
            .addProperty(RDF.type, PROV.Entity)
            .addProperty(KZ.fileName, a.fileName());
    Resource run =
        m.createResource(Iris.conversion(a.stem(), CONVERTER_VERSION))
            .addProperty(RDF.type, KZ.ConversionRun)
            .addProperty(RDFS.label, "kazaz converter " + CONVERTER_VERSION + " on " + a.fileName())
            .addProperty(PROV.used, file);
    return m.createResource(Iris.article(a.stem()))
        .addProperty(RDF.type, KZ.NewsArticle)
        .addProperty(RDFS.label, "Article " + a.fileName() + " of " + a.date())
        .addProperty(KZ.fileName, a.fileName())
        .addLiteral(KZ.published, Terms.date(org.w3id.kazaz.extract.common.PartialDate.of(a.date())))
        .addProperty(PROV.wasDerivedFrom, file)
        .addProperty(PROV.wasGeneratedBy, run);
  }

  private static final java.util.regex.Pattern CEREMONY_KIND = java.util.regex.Pattern.compile(
      "(?i)\\b(signing|presentation|concert|opening|launch|welcom|award|wreath|days|festival|exhibition|unveil"
          + "|inaugurat|closing|groundbreaking|commissioning|handover|arrival|departure)");

  /** What kind of ceremony a name says it is ("Signing of ...", "Gala concert"), else "ceremony". */
  static String ceremonyKind(String name) {
    java.util.regex.Matcher m = CEREMONY_KIND.matcher(name);
    return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "ceremony";
  }

    private static Resource addEvent(
      Model m, EventRecord r, EventRecord canon, Entities entities, Evidence ev) {
    // identity: the type and the start date (one state visit a day); undated events by their name;
    // ceremonies also by what they are (a book's presentation and a concert on one evening are two)
    String key = canon.type() + "|" + (canon.start() == null ? canon.name().toLowerCase() : canon.start())
        + (canon.start() != null && canon.type() == org.w3id.kazaz.extract.events.EventType.Ceremony
            ? "|" + ceremonyKind(canon.name()) : "");
    String readable = canon.type().name() + (canon.start() == null ? "" : "-" + canon.start());
    Resource e =
        m.createResource(Iris.fact("event", readable, key))
            .addProperty(RDF.type, Terms.classOf(r.type()))
            .addProperty(RDFS.label, r.name());
    if (r.start() != null) {
      e.addLiteral(KZ.startDate, Terms.date(r.start()));
    }
    if (r.end() != null) {
      e.addLiteral(KZ.endDate, Terms.date(r.end()));
    }
    if (r.place() != null) {
      e.addProperty(KZ.place, entities.of(r.place()));
    }
    for (EntityRef p : r.participants()) {
      e.addProperty(KZ.participant, entities.of(p));
    }
    return e.addProperty(KZ.evidence, ev.sentence(r.evidence()));
  }
}

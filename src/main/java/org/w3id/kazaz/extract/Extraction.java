package org.w3id.kazaz.extract;

import org.w3id.kazaz.extract.agreements.AgreementRecord;
import org.w3id.kazaz.extract.common.Mention;
import org.w3id.kazaz.extract.entities.PersonRecord;
import org.w3id.kazaz.extract.events.EventRecord;
import org.w3id.kazaz.extract.figures.FigureRecord;
import org.w3id.kazaz.extract.routes.RouteRecord;
import java.util.List;
import org.w3id.kazaz.article.Article;

/** Everything taken from one article, as records: no RDF here. */
public record Extraction(
    Article article,
    List<Mention> mentions,
    List<AgreementRecord> agreements,
    List<EventRecord> events,
    List<RouteRecord> routes,
    List<FigureRecord> figures,
    List<PersonRecord> people) {
  public Extraction {
    mentions = List.copyOf(mentions);
    agreements = List.copyOf(agreements);
    events = List.copyOf(events);
    routes = List.copyOf(routes);
    figures = List.copyOf(figures);
    people = List.copyOf(people);
  }
}

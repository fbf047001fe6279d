package org.w3id.kazaz.extract.routes;

import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.annotate.Span;
import java.util.List;

/**
 * A route as one article reports it: a corridor (by name or alias) or a concrete line with its
 * stops in order.
 *
 * @param corridor the known corridor this is, or is part of, or null
 * @param name a readable name (the corridor's, or the stops joined by " – ")
 * @param aliases other names the text uses for it
 * @param stops its stops in order (places, or states where only those are given)
 * @param lengthKm its length, or null
 * @param durationDays the travel time, or null
 * @param carries what it carries ("containers", "oil", "data"), or null
 * @param evidence the sentence it comes from
 */
public record RouteRecord(
    EntityRef corridor,
    String name,
    List<String> aliases,
    List<EntityRef> stops,
    Double lengthKm,
    Double durationDays,
    String carries,
    Span evidence) {
  public RouteRecord {
    aliases = List.copyOf(aliases);
    stops = List.copyOf(stops);
  }

  /** Whether it carries passengers (a flight, mostly): such a line is another than a freight line on the same stops. */
  public boolean flies() {
    return "passengers".equals(carries);
  }

  /** Whether it is a link without direction, "the A-B corridor" being the "B-A corridor". */
  public boolean undirected() {
    return RouteWords.undirected(name);
  }
}

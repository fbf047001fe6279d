package org.w3id.kazaz.server.pages;

import java.util.List;
import org.apache.jena.query.Dataset;

/** The part of a page that depends on the kind of node: agreement, event, route, state, figure. */
public final class Summaries {
  /** What a kind's summary shows; the template has one section per kind. */
  public record Summary(String kind) {}

  private Summaries() {}

  static Summary of(Dataset ds, String iri, List<Value> types, Links links) {
    return null;
  }
}

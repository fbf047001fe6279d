package org.w3id.kazaz.server.pages;

import java.util.List;
import org.w3id.kazaz.server.search.Search;

/** The results of a search as the page lists them. */
public final class SearchPage {
  /**
   * @param other whether the name that matched differs from the one shown
   */
  public record Hit(String href, String label, String type, String matched, boolean other) {}

  /** The hits, with their count. */
  public record Hits(String count, List<Hit> items) {}

  private SearchPage() {}

  /** The hits to show, or null when there are none. */
  public static Hits hits(List<Search.Hit> hits, Links links) {
    if (hits.isEmpty()) {
      return null;
    }
    return new Hits(Integer.toString(hits.size()), hits.stream()
        .map(h -> new Hit(links.href(h.iri()), h.label(), h.type(), h.matched(),
            !h.matched().isEmpty() && !h.matched().equals(h.label())))
        .toList());
  }
}

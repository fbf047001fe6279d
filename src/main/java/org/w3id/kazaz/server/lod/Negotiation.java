package org.w3id.kazaz.server.lod;

import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Which syntax a request gets, as the Linked Data conventions say: the {@code Accept} header, with
 * its weights; {@code ?format=} and the extensions for those who cannot set headers. A page comes
 * first among equals, so a browser and a bare {@code curl} get HTML.
 */
public final class Negotiation {
  /** What the server offers, in the order of preference for {@code *}{@code /*}. */
  private static final AcceptList OFFERS =
      AcceptList.create(
          "text/html",
          "application/xhtml+xml",
          "text/turtle",
          "application/ld+json",
          "application/n-triples",
          "application/rdf+xml",
          "application/trig");

  private static final AcceptList SEARCH_OFFERS = AcceptList.create("text/html", "application/json");

  private Negotiation() {}

  /** Whether a search is answered in JSON rather than HTML: only when the header prefers it. */
  public static boolean prefersJson(String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    try {
      MediaType m = AcceptList.match(new AcceptList(accept), SEARCH_OFFERS);
      return m != null && m.getContentTypeStr().equals("application/json");
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The syntax for an {@code Accept} header (null or blank: any); empty when nothing offered is
   * acceptable.
   */
  public static Optional<Syntax> choose(String accept) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(Syntax.HTML);
    }
    MediaType chosen;
    try {
      chosen = AcceptList.match(new AcceptList(accept), OFFERS);
    } catch (RuntimeException e) {
      return Optional.of(Syntax.HTML); // a header that does not parse says nothing: the default
    }
    if (chosen == null) {
      return Optional.empty();
    }
    String type = chosen.getContentTypeStr();
    return type.equals("application/xhtml+xml") ? Optional.of(Syntax.HTML) : Syntax.byMediaType(type);
  }
}

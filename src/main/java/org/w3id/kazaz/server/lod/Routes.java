package org.w3id.kazaz.server.lod;

/** Which paths the linked-data filter answers; every other path goes on to Fuseki. */
final class Routes {
  enum Route { HOME, RESOURCE, ONTOLOGY, SEARCH, VOID, DUMPS }

  private Routes() {}

  /** The route of a request path (still percent-encoded), or null when it is not one of these. */
  static Route of(String path) {
    if (path.startsWith("/id/")) {
      return Route.RESOURCE;
    }
    if (path.equals("/ontology") || path.startsWith("/ontology.")) {
      return Route.ONTOLOGY;
    }
    if (path.equals("/")) {
      return Route.HOME;
    }
    if (path.equals("/search")) {
      return Route.SEARCH;
    }
    if (path.equals("/.well-known/void") || path.startsWith("/.well-known/void.")
        || path.equals("/dataset") || path.startsWith("/dataset.")) {
      return Route.VOID;
    }
    if (path.startsWith("/dumps/")) {
      return Route.DUMPS;
    }
    return null;
  }
}

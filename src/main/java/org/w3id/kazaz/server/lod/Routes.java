package org.w3id.kazaz.server.lod;

/** Which paths the linked-data filter answers; every other path goes on to Fuseki. */
final class Routes {
  enum Route { HOME, RESOURCE, ONTOLOGY, SEARCH }

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
    return null;
  }
}

package org.w3id.kazaz.store;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.http.HttpLib;
import org.apache.jena.sparql.exec.http.GSP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes graphs into an existing Fuseki dataset with the SPARQL Graph Store Protocol: one HTTP PUT
 * per graph to {@code DATASET?graph=IRI}, after one empty POST that asks the write permission. A
 * PUT replaces the graph, so loading twice adds nothing.
 */
public final class EndpointLoader {
  private static final Logger log = LoggerFactory.getLogger(EndpointLoader.class);

  private EndpointLoader() {}

  /**
   * Loads {@code graphs} into the dataset at {@code datasetUrl} (such as {@code
   * http://localhost:3030/kg}), with HTTP basic auth when {@code user} and {@code password} are
   * both given. Stops at the first graph that fails.
   */
  public static void load(String datasetUrl, List<NamedGraph> graphs, String user, String password) {
    checkUrl(datasetUrl);
    // redirects are not followed: a redirect to another origin would receive the credentials
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String auth = user != null && password != null ? HttpLib.basicAuth(user, password) : null;
    int done = 0;
    if (!graphs.isEmpty()) {
      // A server that refuses a write may answer before reading the body and close the connection,
      // which the client then reports as a broken connection rather than as the 401 it was. An empty
      // POST asks the same permission with no body (it adds nothing), so a refusal is read as one.
      String first = graphs.get(0).iri();
      try {
        gsp(client, datasetUrl, first, auth).POST(org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
      } catch (HttpException e) {
        throw failure(datasetUrl, first, e);
      }
    }
    for (NamedGraph g : graphs) {
      try {
        put(client, datasetUrl, g, auth);
      } catch (HttpException e) {
        throw failure(datasetUrl, g.iri(), e);
      }
      done++;
      log.debug("{}: graph <{}> loaded ({} of {})", datasetUrl, g.iri(), done, graphs.size());
    }
    log.info("{}: {} graphs loaded", datasetUrl, done);
  }

  private static GSP gsp(HttpClient client, String datasetUrl, String graph, String auth) {
    GSP gsp = GSP.service(datasetUrl).httpClient(client).graphName(graph);
    if (auth != null) {
      gsp.httpHeader("Authorization", auth);
    }
    return gsp;
  }

  /**
   * PUT is idempotent, so one that met a connection the server had just closed (an idle keep-alive,
   * for one) is sent once more on a fresh one; an HTTP status is never retried.
   */
  private static void put(HttpClient client, String datasetUrl, NamedGraph g, String auth) {
    try {
      gsp(client, datasetUrl, g.iri(), auth).PUT(g.graph());
    } catch (HttpException e) {
      if (e.getStatusCode() > 0) {
        throw e;
      }
      log.debug("{}: graph <{}>: {}; sending it again", datasetUrl, g.iri(), e.getMessage());
      gsp(client, datasetUrl, g.iri(), auth).PUT(g.graph());
    }
  }

  /** An http or https URL with a host, or {@code E-LOAD-URL}: nothing else is tried. */
  static void checkUrl(String url) {
    java.net.URI uri;
    try {
      uri = new java.net.URI(url);
    } catch (java.net.URISyntaxException | NullPointerException e) {
      throw new StoreException("E-LOAD-URL", url + ": not a URL (" + (e.getMessage() == null ? "empty" : e.getMessage())
          + "); give the dataset's address, such as http://localhost:3030/kg", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new StoreException("E-LOAD-URL", url + ": unsupported scheme '" + scheme
          + "'; the Graph Store Protocol is spoken over http or https", null);
    }
    if (uri.getHost() == null) {
      throw new StoreException("E-LOAD-URL", url + ": no host; give the dataset's address, such as"
          + " http://localhost:3030/kg");
    }
  }

  private static StoreException failure(String url, String graph, HttpException e) {
    int status = e.getStatusCode();
    String where = url + ": graph <" + graph + ">: ";
    if (status <= 0) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return new StoreException(
          "E-LOAD-CONNECT", where + "cannot connect (" + describe(cause) + "); is the server running?", e);
    }
    String line = "HTTP " + status + (e.getStatusLine() != null ? " " + e.getStatusLine() : "");
    return switch (status) {
      case 401, 403 ->
          new StoreException("E-LOAD-AUTH", where + line + ": user or password refused", e);
      case 404 -> new StoreException("E-LOAD-HTTP", where + line + ": no such dataset", e);
      case 301, 302, 303, 307, 308 -> new StoreException("E-LOAD-HTTP", where + line
          + ": the dataset answers with a redirect, which is not followed (credentials stay with the address"
          + " given); give the address it redirects to", e);
      default -> new StoreException("E-LOAD-HTTP", where + line, e);
    };
  }

  private static String describe(Throwable t) {
    String msg = t.getMessage();
    return t.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg);
  }
}

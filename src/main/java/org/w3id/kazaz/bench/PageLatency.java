package org.w3id.kazaz.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.server.KgServer;
import org.w3id.kazaz.store.QueryFiles;

/**
 * The latency of the linked-data face over HTTP: the page ({@code text/html}) and the Turtle
 * description of nodes of the store (agreements, events, routes, figures, organisations, states,
 * {@code queries/bench/page-iris.rq}), asked one after the other by one client, on the embedded
 * server started on a free port. Each node is asked once untimed first (warm-up).
 */
public final class PageLatency {
  /** Percentiles in milliseconds over {@code requests} requests of each kind. */
  public record Result(int nodes, int requests, double pageP50, double pageP99, double pageMax,
      double turtleP50, double turtleP99, double turtleMax) {}

  private PageLatency() {}

  /** The IRIs of nodes to ask for ({@code queries/bench/page-iris.rq}), at most {@code limit}. */
  static List<String> nodes(Dataset ds, int limit) {
    List<String> out = new ArrayList<>();
    for (Map<String, RDFNode> r : QueryFiles.select(ds, "bench/page-iris", Map.of())) {
      if (out.size() < limit) {
        out.add(r.get("node").asResource().getURI());
      }
    }
    return out;
  }

  public static Result run(Dataset ds, int requests) {
    List<String> paths = new ArrayList<>();
    for (String n : nodes(ds, Integer.MAX_VALUE)) {
      paths.add(n.substring("https://w3id.org/kazaz".length()));
    }
    if (paths.isEmpty()) {
      throw new KazazException("E-BENCH-PAGES", "the store holds no agreement, event, route, figure, organisation"
          + " or state to ask for: build it first");
    }
    FusekiServer server = KgServer.start(ds, 0);
    HttpClient http = HttpClient.newHttpClient();
    try {
      String base = "http://localhost:" + server.getHttpPort();
      for (String p : paths) {
        get(http, base + p, "text/html");
        get(http, base + p, "text/turtle");
      }
      double[] page = new double[requests];
      double[] turtle = new double[requests];
      for (int i = 0; i < requests; i++) {
        String p = paths.get(i % paths.size());
        page[i] = get(http, base + p, "text/html");
        turtle[i] = get(http, base + p, "text/turtle");
      }
      Arrays.sort(page);
      Arrays.sort(turtle);
      return new Result(paths.size(), requests, pct(page, 50), pct(page, 99), page[requests - 1],
          pct(turtle, 50), pct(turtle, 99), turtle[requests - 1]);
    } finally {
      server.stop();
    }
  }

  /** The time of one GET in milliseconds, the body read in full; anything but 200 is an error. */
  private static double get(HttpClient http, String url, String accept) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new KazazException("E-BENCH-PAGES", url + " (" + accept + ") answered " + r.statusCode());
      }
    } catch (java.io.IOException e) {
      throw new KazazException("E-BENCH-PAGES", url + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KazazException("E-BENCH-PAGES", url + ": interrupted", e);
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  /** The nearest-rank percentile of sorted values. */
  static double pct(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}

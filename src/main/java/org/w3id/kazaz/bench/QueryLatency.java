package org.w3id.kazaz.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.server.KgServer;

/**
 * The competency questions as users ask them (issue 9, point 5): over HTTP on the embedded server,
 * each question of {@code queries/cq/*.rq} asked {@code runs} times by one client (after one
 * untimed run), p50 and p99 and its rows; then {@code clients} clients at once, each asking the
 * questions in turn for {@code seconds} seconds: requests, errors (anything but 200, and failed
 * connections), p50 and p99.
 */
public final class QueryLatency {
  /** One question: its name, rows (lines of its CSV answer less the header), p50 and p99 in ms. */
  public record Question(String name, int rows, double p50, double p99) {}

  /**
   * Every question, then the concurrent run, then the point lookups: {@code lookups} nodes of the
   * graph, each asked for its triples once ({@code SELECT ?p ?o { <node> ?p ?o }}), p50 and p99.
   */
  public record Result(List<Question> questions, int clients, int seconds, int requests, int errors,
      double concurrentP50, double concurrentP99, int lookups, double lookupP50, double lookupP99) {}

  /** The nodes asked for in the point lookups: up to this many, of every kind under the id base. */
  private static final int LOOKUPS = 500;

  private QueryLatency() {}

  public static Result run(Dataset ds, Path cq, int runs, int clients, int seconds) {
    Map<String, String> queries = new TreeMap<>();
    try (Stream<Path> files = Files.list(cq)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
        queries.put(f.getFileName().toString().replace(".rq", ""), Files.readString(f));
      }
    } catch (IOException e) {
      throw new KazazException("E-BENCH-IO", cq + ": cannot read the questions: " + e.getMessage());
    }
    if (queries.isEmpty()) {
      throw new KazazException("E-BENCH-IO", cq + ": no .rq file");
    }
    FusekiServer server = KgServer.start(ds, 0);
    try {
      String endpoint = "http://localhost:" + server.getHttpPort() + "/kg/sparql";
      HttpClient http = HttpClient.newHttpClient();
      List<Question> out = new ArrayList<>();
      for (Map.Entry<String, String> q : queries.entrySet()) {
        int rows = ask(http, endpoint, q.getValue()).lines - 1;
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
          t[i] = ask(http, endpoint, q.getValue()).millis;
        }
        Arrays.sort(t);
        out.add(new Question(q.getKey(), rows, PageLatency.pct(t, 50), PageLatency.pct(t, 99)));
      }
      List<String> texts = new ArrayList<>(queries.values());
      ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();
      AtomicInteger errors = new AtomicInteger();
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int first = c;
        Thread t = new Thread(() -> {
          HttpClient own = HttpClient.newHttpClient();
          for (int i = first; System.nanoTime() < end; i++) {
            try {
              times.add(ask(own, endpoint, texts.get(i % texts.size())).millis);
            } catch (RuntimeException e) {
              errors.incrementAndGet();
            }
          }
        }, "bench-client-" + c);
        t.start();
        threads.add(t);
      }
      for (Thread t : threads) {
        t.join();
      }
      double[] all = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      List<String> nodes = PageLatency.nodes(ds, LOOKUPS);
      double[] lookups = new double[nodes.size()];
      for (int i = 0; i < nodes.size(); i++) {
        lookups[i] = ask(http, endpoint, "SELECT ?p ?o WHERE { <" + nodes.get(i) + "> ?p ?o }").millis;
      }
      Arrays.sort(lookups);
      return new Result(out, clients, seconds, all.length + errors.get(), errors.get(),
          all.length == 0 ? 0 : PageLatency.pct(all, 50), all.length == 0 ? 0 : PageLatency.pct(all, 99),
          lookups.length, lookups.length == 0 ? 0 : PageLatency.pct(lookups, 50),
          lookups.length == 0 ? 0 : PageLatency.pct(lookups, 99));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KazazException("E-BENCH-IO", "interrupted");
    } finally {
      server.stop();
    }
  }

  private record Answer(int lines, double millis) {}

  /** One question as a form POST, its answer as CSV read in full; anything but 200 throws. */
  private static Answer ask(HttpClient http, String endpoint, String query) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(endpoint))
          .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
          .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
          .build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new KazazException("E-BENCH-IO", endpoint + " answered " + r.statusCode());
      }
      return new Answer((int) r.body().lines().count(), (System.nanoTime() - t0) / 1e6);
    } catch (IOException e) {
      throw new KazazException("E-BENCH-IO", endpoint + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KazazException("E-BENCH-IO", endpoint + ": interrupted", e);
    }
  }
}

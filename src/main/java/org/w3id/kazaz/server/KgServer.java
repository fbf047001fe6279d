package org.w3id.kazaz.server;

import java.net.URL;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.server.lod.LinkedDataFilter;
import org.w3id.kazaz.export.Numbers;
import org.w3id.kazaz.server.search.LabelIndex;
import org.w3id.kazaz.server.pages.Templates;

/**
 * The embedded, read-only Fuseki: the dataset at {@code /kg} with SPARQL query at {@code
 * /kg/sparql} (and {@code /kg/query}), the Graph Store Protocol read at {@code /kg/get}, the union of
 * all named graphs as the default graph, and the Fuseki UI at {@code /}.
 *
 * <p>There is no update, no GSP write, no upload and no admin module (the admin module of {@code
 * FusekiServerModules} would let a caller create, delete and back up datasets). The UI is given the
 * read-only parts it needs: its static files, {@code /$/server} (the dataset list), {@code /$/ping}
 * and {@code /$/stats}. Beside them, the linked-data face of the graph ({@link LinkedDataFilter}):
 * every IRI under {@code /id/}, the ontology, the pages.
 */
public final class KgServer {
  private static final Logger log = LoggerFactory.getLogger(KgServer.class);

  public static final int DEFAULT_PORT = 3030;
  public static final String DATASET = "/kg";

  /** Where the jena-fuseki-ui jar keeps the UI on the classpath. */
  private static final String UI_INDEX = "webapp/index.html";

  private KgServer() {}

  /**
   * How the server meets the network.
   *
   * @param queryTimeoutMs a query still running after this long is stopped by the server, also when
   *     its client has gone
   * @param allowService whether a query may call other endpoints with {@code SERVICE} (off: a query
   *     could otherwise make the server fetch from any address it can reach)
   * @param allInterfaces whether to listen on every network interface (off: 127.0.0.1 only)
   * @param cors whether to answer browsers' cross-origin requests
   * @param base the public base the pages link the graph's IRIs to ({@code serve --base}, for a
   *     server behind a proxy); "/" links them onto this server
   * @param dumps the folder of the dump set ({@code export --dumps}) served under {@code /dumps/}, or
   *     null to make the dumps from the store when asked
   * @param built when the store was built, for the dataset's description; null when unknown
   */
  public record Options(long queryTimeoutMs, boolean allowService, boolean allInterfaces, boolean cors,
      String base, java.nio.file.Path dumps, java.time.Instant built,
      java.util.function.LongSupplier generation, ArticlePost post) {
    /**
     * {@code generation} counts the writes made to the store while it is served (articles added
     * by {@code serve --watch}): what the pages compute once (the search index, the numbers, the
     * date of the build) is computed again when it moves on.
     */
    public Options(long queryTimeoutMs, boolean allowService, boolean allInterfaces, boolean cors,
        String base, java.nio.file.Path dumps, java.time.Instant built) {
      this(queryTimeoutMs, allowService, allInterfaces, cors, base, dumps, built, () -> 0, null);
    }

    public static final Options DEFAULT = new Options(60_000, false, false, false);

    public Options(long queryTimeoutMs, boolean allowService, boolean allInterfaces, boolean cors) {
      this(queryTimeoutMs, allowService, allInterfaces, cors, "/");
    }

    public Options(long queryTimeoutMs, boolean allowService, boolean allInterfaces, boolean cors, String base) {
      this(queryTimeoutMs, allowService, allInterfaces, cors, base, null, null);
    }
  }

  /** Builds and starts the server with the default options; port 0 picks a free port. */
  public static FusekiServer start(Dataset ds, int port) {
    return start(ds, port, Options.DEFAULT);
  }

  /** Builds and starts the server; port 0 picks a free port ({@code getHttpPort()} tells it). */
  public static FusekiServer start(Dataset ds, int port, Options options) {
    Context union = new Context();
    union.set(TDB2.symUnionDefaultGraph, true);
    union.set(org.apache.jena.query.ARQ.queryTimeout, Long.toString(options.queryTimeoutMs()));
    union.set(org.apache.jena.sparql.exec.http.Service.httpServiceAllowed, options.allowService());
    DataService service =
        DataService.newBuilder(ds.asDatasetGraph())
            .addEndpoint(endpoint(Operation.Query, "sparql", union))
            .addEndpoint(endpoint(Operation.Query, "query", union))
            .addEndpoint(endpoint(Operation.GSP_R, "get", union))
            .build();
    FusekiServer server =
        FusekiServer.create()
            .fusekiModules(FusekiModules.empty())
            .port(port)
            .loopback(!options.allInterfaces())
            .enableCors(options.cors())
            .add(DATASET, service)
            .staticFileBase(uiBase())
            .addFilter("/*", new RefusedRequests())
            .addFilter("/*", options.post() != null ? options.post() : new NoFilter())
            .addFilter("/*", new LinkedDataFilter(new LinkedDataFilter.Site(ds, options.base(),
                new Templates(), memo(options.generation(), () -> LabelIndex.build(ds)),
                memo(options.generation(), () -> Numbers.count(ds)), options.dumps(),
                memo(options.generation(), () -> options.generation().getAsLong() == 0
                    ? options.built()
                    : java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))))
            .addServlet("/$/server", new ActionServerStatus())
            .enablePing(true)
            .enableStats(true)
            .build()
            .start();
    log.info(
        "Fuseki started on port {}: SPARQL http://localhost:{}{}/sparql, UI http://localhost:{}/",
        server.getHttpPort(), server.getHttpPort(), DATASET, server.getHttpPort());
    return server;
  }

  /** The largest request body or query string the server reads: 1 MiB. */
  static final long MAX_REQUEST_BYTES = 1L << 20;

  /**
   * Requests the server does not serve: a body or a query string over {@link #MAX_REQUEST_BYTES} is
   * answered 413; and no directory listings: the static files' server would list a folder
   * ("/static/") asked for with a slash; such a request is answered 404, except the UI's own page at
   * "/". A body sent in chunks, without a length, is read here up to the limit, answered 413 if it
   * goes over, and otherwise handed on from memory (a form's parameters decoded from it by Jetty's
   * own decoder).
   */
  static final class RefusedRequests implements jakarta.servlet.Filter {
    @Override
    public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res,
        jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
      if (req instanceof jakarta.servlet.http.HttpServletRequest http
          && res instanceof jakarta.servlet.http.HttpServletResponse out) {
        String query = http.getQueryString();
        if (http.getContentLengthLong() > MAX_REQUEST_BYTES || query != null && query.length() > MAX_REQUEST_BYTES) {
          out.sendError(413); // a query of megabytes is no query: its parsing alone would hold the server
          return;
        }
        if (http.getContentLengthLong() < 0 && http.getHeader("Transfer-Encoding") != null) {
          byte[] body = http.getInputStream().readNBytes((int) MAX_REQUEST_BYTES + 1);
          if (body.length > MAX_REQUEST_BYTES) {
            out.sendError(413);
            return;
          }
          req = new ReadBody(http, body);
        }
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (path.length() > 1 && path.endsWith("/") && !path.startsWith(DATASET) && !path.startsWith("/$/")) {
          out.sendError(404);
          return;
        }
      }
      chain.doFilter(req, res);
    }
  }

  private static boolean isForm(jakarta.servlet.http.HttpServletRequest http) {
    String type = http.getContentType();
    return type != null
        && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /**
   * A request whose body was read into memory: it is given again from there, with its length; a
   * form's parameters are those of the query string and the body.
   */
  private static final class ReadBody extends jakarta.servlet.http.HttpServletRequestWrapper {
    private final byte[] body;
    private final Map<String, String[]> parameters;

    ReadBody(jakarta.servlet.http.HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
      if (isForm(request)) {
        org.eclipse.jetty.util.MultiMap<String> params = new org.eclipse.jetty.util.MultiMap<>();
        java.nio.charset.Charset cs = request.getCharacterEncoding() == null
            ? java.nio.charset.StandardCharsets.UTF_8
            : java.nio.charset.Charset.forName(request.getCharacterEncoding());
        if (request.getQueryString() != null) {
          org.eclipse.jetty.util.UrlEncoded.decodeUtf8To(request.getQueryString(), params);
        }
        org.eclipse.jetty.util.UrlEncoded.decodeTo(new String(body, cs), params, cs);
        parameters = java.util.Collections.unmodifiableMap(params.toStringArrayMap());
      } else {
        parameters = null;
      }
    }

    @Override
    public String getParameter(String name) {
      if (parameters == null) {
        return super.getParameter(name);
      }
      String[] v = parameters.get(name);
      return v == null || v.length == 0 ? null : v[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters == null ? super.getParameterMap() : parameters;
    }

    @Override
    public java.util.Enumeration<String> getParameterNames() {
      return parameters == null
          ? super.getParameterNames()
          : java.util.Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters == null ? super.getParameterValues(name) : parameters.get(name);
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public jakarta.servlet.ServletInputStream getInputStream() {
      java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(body);
      return new jakarta.servlet.ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(jakarta.servlet.ReadListener listener) {
          throw new IllegalStateException("the body is already read");
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() throws java.io.UnsupportedEncodingException {
      String cs = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), cs));
    }
  }

  /** The value of {@code s}, computed on first use and kept while {@code generation} stays. */
  private static <T> java.util.function.Supplier<T> memo(
      java.util.function.LongSupplier generation, java.util.function.Supplier<T> s) {
    record Held<T>(long generation, T value) {}
    java.util.concurrent.atomic.AtomicReference<Held<T>> held =
        new java.util.concurrent.atomic.AtomicReference<>();
    return () -> {
      long g = generation.getAsLong();
      Held<T> h = held.get();
      if (h == null || h.generation() != g) {
        h = new Held<>(g, s.get());
        held.set(h);
      }
      return h.value();
    };
  }

  /** A filter that lets everything through (where no article may be posted). */
  private static final class NoFilter implements jakarta.servlet.Filter {
    @Override
    public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res,
        jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
      chain.doFilter(req, res);
    }
  }

  private static Endpoint endpoint(Operation op, String name, Context cxt) {
    return Endpoint.create().operation(op).endpointName(name).context(cxt).build();
  }

  /** The folder of the UI's files, inside the jena-fuseki-ui jar (or the shaded jar). */
  private static String uiBase() {
    URL index = KgServer.class.getClassLoader().getResource(UI_INDEX);
    if (index == null) {
      throw new KazazException(
          "E-SERVER-UI", "the Fuseki UI (jena-fuseki-ui) is not on the classpath: " + UI_INDEX);
    }
    String s = index.toString();
    return s.substring(0, s.length() - "index.html".length());
  }
}

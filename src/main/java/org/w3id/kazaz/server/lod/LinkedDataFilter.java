package org.w3id.kazaz.server.lod;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.export.Numbers;
import org.w3id.kazaz.server.pages.EntityPage;
import org.w3id.kazaz.server.pages.HomePage;
import org.w3id.kazaz.server.pages.Links;
import org.w3id.kazaz.server.pages.OntologyPage;
import org.w3id.kazaz.server.pages.SearchPage;
import org.w3id.kazaz.server.pages.Templates;
import org.w3id.kazaz.server.search.LabelIndex;
import org.w3id.kazaz.server.search.Search;

/**
 * The linked-data face of the server: every IRI of the graph under {@code /id/} and the ontology
 * at {@code /ontology} answer with a page or with their description in RDF, by content
 * negotiation; the home page and the search beside them (see {@link Routes}). Other paths go on to
 * Fuseki (SPARQL, the UI's files). Only GET and HEAD.
 */
public final class LinkedDataFilter implements Filter {
  private static final Logger log = LoggerFactory.getLogger(LinkedDataFilter.class);

  private final Site site;
  private final Responder respond;
  private final DatasetFace dataset;

  public LinkedDataFilter(Site site) {
    this.site = site;
    this.respond = new Responder(site.templates(), site.base());
    this.dataset = new DatasetFace(site, respond);
  }

  /**
   * What the filter serves from.
   *
   * @param ds the store
   * @param base where pages link the graph's IRIs to: "/" (this server) or the public base
   * @param templates the pages' templates
   * @param index the names of the store, for search
   * @param numbers the dataset in numbers (counted once, on first use)
   * @param dumps the folder of the dump set, or null to make the dumps from the store
   * @param built when the store was built, or null
   */
  public record Site(Dataset ds, String base, Templates templates, Supplier<LabelIndex> index,
      Supplier<Numbers> numbers, java.nio.file.Path dumps, Supplier<java.time.Instant> built) {
    public Links links() {
      return new Links(base);
    }
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!(req instanceof HttpServletRequest http) || !(res instanceof HttpServletResponse out)) {
      chain.doFilter(req, res);
      return;
    }
    String path = http.getRequestURI().substring(http.getContextPath().length());
    Routes.Route route = Routes.of(path);
    if (route == null) {
      chain.doFilter(req, res);
      return;
    }
    if (!http.getMethod().equals("GET") && !http.getMethod().equals("HEAD")) {
      out.setHeader("Allow", "GET, HEAD");
      out.sendError(405);
      return;
    }
    try {
      switch (route) {
        case HOME -> home(http, out);
        case RESOURCE -> resource(http, out, path);
        case ONTOLOGY -> ontology(http, out, path);
        case SEARCH -> search(http, out);
        case VOID -> dataset.describe(http, out, path);
        case DUMPS -> dataset.dump(http, out, path);
      }
    } catch (RuntimeException e) {
      log.warn("{} {}: {}", http.getMethod(), path, e.toString(), e);
      if (!out.isCommitted()) {
        out.reset();
        out.sendError(500);
      }
    }
  }

  private void home(HttpServletRequest http, HttpServletResponse out) throws IOException {
    Map<String, Object> scope = scope("Home");
    scope.put("page", HomePage.build(site.ds(), site.numbers().get(), site.links(), dataset.description(http)));
    respond.page(http, out, new Requested(null, Syntax.HTML, false, null), 200, "home", scope);
  }

  private void resource(HttpServletRequest http, HttpServletResponse out, String path) throws IOException {
    Requested r = Requested.of(path, http.getParameter("format"), http.getHeader("Accept"));
    if (r.syntax() == null) {
      respond.notAcceptable(out);
      return;
    }
    boolean known = r.iri() != null && Description.exists(site.ds(), r.iri());
    if (r.syntax() != Syntax.HTML) {
      respond.rdf(http, out, r, known ? 200 : 404, known ? Description.of(site.ds(), r.iri()) : Description.empty());
      return;
    }
    Map<String, Object> scope = scope("Not found");
    scope.put("iri", r.iri() == null ? path : r.iri());
    if (known) {
      EntityPage.Model page = EntityPage.build(site.ds(), r.iri(), site.links());
      scope.put("title", page.title());
      scope.put("page", page);
      scope.put("formats", page.formats());
    }
    respond.page(http, out, r, known ? 200 : 404, known ? "entity" : "notfound", scope);
  }

  private void ontology(HttpServletRequest http, HttpServletResponse out, String path) throws IOException {
    Requested r = Requested.of(path, http.getParameter("format"), http.getHeader("Accept"));
    if (r.syntax() == null) {
      respond.notAcceptable(out);
    } else if (r.syntax() == Syntax.HTML) {
      Map<String, Object> scope = scope("Ontology");
      scope.put("page", OntologyPage.build(site.ds(), site.links()));
      respond.page(http, out, r, 200, "ontology", scope);
    } else {
      respond.rdf(http, out, r, 200, Description.ontology(site.ds()));
    }
  }

  private void search(HttpServletRequest http, HttpServletResponse out) throws IOException {
    String q = http.getParameter("q");
    String format = http.getParameter("format");
    boolean negotiated = format == null;
    boolean json = negotiated ? Negotiation.prefersJson(http.getHeader("Accept")) : format.equals("json");
    if (!negotiated && !format.equals("json") && !format.equals("html")) {
      respond.notAcceptable(out);
      return;
    }
    java.util.List<Search.Hit> hits = q == null ? java.util.List.of() : Search.run(site.index().get(), q);
    if (json) {
      JsonObject o = new JsonObject();
      o.put("query", q == null ? "" : q);
      JsonArray results = new JsonArray();
      for (Search.Hit h : hits) {
        JsonObject j = new JsonObject();
        j.put("iri", h.iri());
        j.put("href", site.links().href(h.iri()));
        j.put("label", h.label());
        j.put("type", h.type());
        j.put("matched", h.matched());
        j.put("score", org.apache.jena.atlas.json.JsonNumber.value(h.score()));
        results.add(j);
      }
      o.put("results", results);
      respond.json(http, out, negotiated, o);
      return;
    }
    Map<String, Object> scope = scope("Search");
    scope.put("query", q == null ? "" : q);
    scope.put("searched", q != null && !q.isBlank());
    scope.put("hits", SearchPage.hits(hits, site.links()));
    respond.page(http, out, new Requested(null, Syntax.HTML, false, null), 200, "search", scope);
  }

  private Map<String, Object> scope(String title) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("base", site.links().base());
    scope.put("title", title);
    scope.put("query", "");
    return scope;
  }
}

package org.w3id.kazaz.server.lod;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.server.pages.EntityPage;
import org.w3id.kazaz.server.pages.Links;
import org.w3id.kazaz.server.pages.Templates;

/**
 * The linked-data face of the server: every IRI of the graph under {@code /id/} and the ontology
 * at {@code /ontology} answer with a page or with their description in RDF, by content
 * negotiation; the home page, search, the dataset's description and the dumps beside them (see
 * {@link Routes}). Other paths go on to Fuseki (SPARQL, the UI's files). Only GET and HEAD.
 */
public final class LinkedDataFilter implements Filter {
  private static final Logger log = LoggerFactory.getLogger(LinkedDataFilter.class);

  private final Site site;

  public LinkedDataFilter(Site site) {
    this.site = site;
  }

  /**
   * What the filter serves from.
   *
   * @param ds the store
   * @param base where pages link the graph's IRIs to: "/" (this server) or the public base
   * @param templates the pages' templates
   */
  public record Site(Dataset ds, String base, Templates templates) {
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
        case RESOURCE -> resource(http, out, path);
        case ONTOLOGY -> ontology(http, out, path);
      }
    } catch (RuntimeException e) {
      log.warn("{} {}: {}", http.getMethod(), path, e.toString(), e);
      if (!out.isCommitted()) {
        out.sendError(500);
      }
    }
  }

  private void resource(HttpServletRequest http, HttpServletResponse out, String path) throws IOException {
    Requested r = Requested.of(path, http.getParameter("format"), http.getHeader("Accept"));
    if (r.syntax() == null) {
      notAcceptable(out);
      return;
    }
    boolean known = r.iri() != null && Description.exists(site.ds(), r.iri());
    if (r.syntax() == Syntax.HTML) {
      Map<String, Object> scope = scope(known ? "" : "Not found");
      if (known) {
        EntityPage.Model page = EntityPage.build(site.ds(), r.iri(), site.links());
        scope.put("title", page.title());
        scope.put("page", page);
        scope.put("formats", page.formats());
      }
      scope.put("iri", r.iri() == null ? path : r.iri());
      page(out, http, r, known ? 200 : 404, known ? "entity" : "notfound", scope);
    } else {
      rdf(out, http, r, known ? 200 : 404, known ? Description.of(site.ds(), r.iri()) : Description.empty());
    }
  }

  private void ontology(HttpServletRequest http, HttpServletResponse out, String path) throws IOException {
    Requested r = Requested.of(path, http.getParameter("format"), http.getHeader("Accept"));
    if (r.syntax() == null) {
      notAcceptable(out);
      return;
    }
    if (r.syntax() == Syntax.HTML) {
      Map<String, Object> scope = scope("Ontology");
      scope.put("page", org.w3id.kazaz.server.pages.OntologyPage.build(site.ds(), site.links()));
      page(out, http, r, 200, "ontology", scope);
    } else {
      rdf(out, http, r, 200, Description.ontology(site.ds()));
    }
  }

  private Map<String, Object> scope(String title) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("base", site.links().base());
    scope.put("title", title);
    return scope;
  }

  private void notAcceptable(HttpServletResponse out) throws IOException {
    out.setStatus(406);
    out.setHeader("Vary", "Accept");
    out.setContentType("text/plain; charset=utf-8");
    out.getWriter().println("406 Not Acceptable: this server answers in text/html, text/turtle,"
        + " application/ld+json, application/n-triples, application/rdf+xml and application/trig"
        + " (?format=html|ttl|jsonld|nt|rdf|trig)");
  }

  private void headers(HttpServletResponse out, Requested r, int status, Syntax syntax) {
    out.setStatus(status);
    out.setContentType(syntax.mediaType() + "; charset=utf-8");
    if (r.negotiated()) {
      out.setHeader("Vary", "Accept");
      out.setHeader("Content-Location", site.links().base() + r.documentPath().substring(1) + "." + syntax.extension());
    }
    for (Syntax s : Syntax.values()) {
      out.addHeader("Link", "<" + site.links().base() + r.documentPath().substring(1) + "." + s.extension()
          + ">; rel=\"alternate\"; type=\"" + s.mediaType() + "\"");
    }
  }

  private void page(HttpServletResponse out, HttpServletRequest http, Requested r, int status,
      String template, Map<String, Object> scope) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(buf, StandardCharsets.UTF_8)) {
      site.templates().render(template, scope, w);
    }
    headers(out, r, status, Syntax.HTML);
    send(out, http, buf);
  }

  private void rdf(HttpServletResponse out, HttpServletRequest http, Requested r, int status,
      DatasetGraph description) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Rdf.write(description, r.syntax(), buf);
    headers(out, r, status, r.syntax());
    send(out, http, buf);
  }

  private static void send(HttpServletResponse out, HttpServletRequest http, ByteArrayOutputStream buf)
      throws IOException {
    out.setContentLength(buf.size());
    if (!http.getMethod().equals("HEAD")) {
      buf.writeTo(out.getOutputStream());
    }
  }
}

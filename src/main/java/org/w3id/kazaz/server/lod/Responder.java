package org.w3id.kazaz.server.lod;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kazaz.server.pages.Templates;

/**
 * Writes the answers of the linked-data filter: a page from a template, a description with Jena's
 * writers, or JSON; with the negotiation's headers ({@code Vary}, {@code Content-Location}, the
 * {@code Link}s to the other syntaxes). The body is made in full before the status is sent, so an
 * error while making it is a clean 500.
 */
final class Responder {
  private final Templates templates;
  private final String base;

  Responder(Templates templates, String base) {
    this.templates = templates;
    this.base = base;
  }

  void page(HttpServletRequest http, HttpServletResponse out, Requested r, int status, String template,
      Map<String, Object> scope) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(buf, StandardCharsets.UTF_8)) {
      templates.render(template, scope, w);
    }
    headers(out, r, status, Syntax.HTML.mediaType());
    send(http, out, buf);
  }

  void rdf(HttpServletRequest http, HttpServletResponse out, Requested r, int status, DatasetGraph d)
      throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Rdf.write(d, r.syntax(), buf);
    headers(out, r, status, r.syntax().mediaType());
    send(http, out, buf);
  }

  void json(HttpServletRequest http, HttpServletResponse out, boolean negotiated, JsonObject json)
      throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    JSON.write(buf, json);
    out.setStatus(200);
    out.setContentType("application/json; charset=utf-8");
    if (negotiated) {
      out.setHeader("Vary", "Accept");
    }
    send(http, out, buf);
  }

  void notAcceptable(HttpServletResponse out) throws IOException {
    out.setStatus(406);
    out.setHeader("Vary", "Accept");
    out.setContentType("text/plain; charset=utf-8");
    out.getWriter().println("406 Not Acceptable: this server answers in text/html, text/turtle,"
        + " application/ld+json, application/n-triples, application/rdf+xml and application/trig"
        + " (?format=html|ttl|jsonld|nt|rdf|trig)");
  }

  private void headers(HttpServletResponse out, Requested r, int status, String mediaType) {
    out.setStatus(status);
    out.setContentType(mediaType + "; charset=utf-8");
    if (r.documentPath() == null) {
      return;
    }
    String doc = base + r.documentPath().substring(1);
    if (r.negotiated()) {
      out.setHeader("Vary", "Accept");
      out.setHeader("Content-Location", doc + "." + r.syntax().extension());
    }
    for (Syntax s : Syntax.values()) {
      out.addHeader("Link", "<" + doc + "." + s.extension() + ">; rel=\"alternate\"; type=\"" + s.mediaType() + "\"");
    }
  }

  private static void send(HttpServletRequest http, HttpServletResponse out, ByteArrayOutputStream buf)
      throws IOException {
    out.setContentLength(buf.size());
    if (!http.getMethod().equals("HEAD")) {
      buf.writeTo(out.getOutputStream());
    }
  }
}

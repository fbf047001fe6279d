package org.w3id.kazaz.server.lod;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.irix.IRIs;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.kazaz.export.DatasetDescription;
import org.w3id.kazaz.export.DumpSet;
import org.w3id.kazaz.export.ExportOperation;

/**
 * The dataset as a whole: its VoID and DCAT description at {@code /.well-known/void} (and at its
 * IRI, {@code /dataset}), by content negotiation, a page being the home page; and the dump set under
 * {@code /dumps/}: the files {@code kazaz export --dumps} wrote, when {@code serve --dumps} names
 * their folder, else made from the store when asked. Only the dump set's own file names are served.
 */
final class DatasetFace {
  private final LinkedDataFilter.Site site;
  private final Responder respond;

  DatasetFace(LinkedDataFilter.Site site, Responder respond) {
    this.site = site;
    this.respond = respond;
  }

  /** The description, with the endpoint and the dumps at the public base or this server's address. */
  Model description(HttpServletRequest http) {
    return DatasetDescription.describe(site.numbers().get(), publicBase(http), site.built().get(), true);
  }

  void describe(HttpServletRequest http, HttpServletResponse out, String path) throws IOException {
    Requested r = Requested.of(path, http.getParameter("format"), http.getHeader("Accept"));
    if (r.syntax() == null) {
      respond.notAcceptable(out);
      return;
    }
    String accept = http.getHeader("Accept");
    if (r.syntax() == Syntax.HTML && r.negotiated() && (accept == null || !accept.contains("text/html"))) {
      r = new Requested(r.iri(), Syntax.TURTLE, true, r.documentPath()); // a program that says nothing
    }
    if (r.syntax() == Syntax.HTML) {
      out.setHeader("Vary", "Accept");
      out.setHeader("Location", site.base() + "#dataset");
      out.setStatus(303);
      return;
    }
    DatasetGraph d = DatasetGraphFactory.createGeneral();
    Model m = description(http);
    d.getDefaultGraph().getPrefixMapping().setNsPrefixes(m);
    org.apache.jena.graph.GraphUtil.addInto(d.getDefaultGraph(), m.getGraph());
    d.prefixes().putAll(m);
    respond.rdf(http, out, r, 200, d);
  }

  void dump(HttpServletRequest http, HttpServletResponse out, String path) throws IOException {
    String name = path.substring("/dumps/".length());
    if (name.equals(DumpSet.DESCRIPTION)) {
      out.setContentType("text/turtle; charset=utf-8");
      if (!http.getMethod().equals("HEAD")) {
        org.apache.jena.riot.RDFDataMgr.write(out.getOutputStream(), description(http),
            org.apache.jena.riot.RDFFormat.TURTLE_PRETTY);
      }
      return;
    }
    Optional<DumpSet> dump = DumpSet.byFileName(name);
    if (dump.isEmpty()) {
      out.sendError(404);
      return;
    }
    out.setContentType(dump.get().mediaType() + "; charset=utf-8");
    out.setHeader("Content-Disposition", "inline; filename=\"" + dump.get().fileName() + "\"");
    if (site.dumps() != null) {
      Path file = site.dumps().resolve(dump.get().fileName());
      if (!Files.isRegularFile(file)) {
        out.sendError(404);
        return;
      }
      out.setContentLengthLong(Files.size(file));
      if (!http.getMethod().equals("HEAD")) {
        try (OutputStream o = out.getOutputStream()) {
          Files.copy(file, o);
        }
      }
    } else if (!http.getMethod().equals("HEAD")) {
      Txn.executeRead(site.ds(), () -> {
        try {
          ExportOperation.write(site.ds(), dump.get().format(), null, out.getOutputStream());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }

  /** The public base, else this server's own address as the request names it. */
  private String publicBase(HttpServletRequest http) {
    if (!site.base().equals("/")) {
      return site.base();
    }
    String own = http.getScheme() + "://" + http.getServerName() + ":" + http.getServerPort() + "/";
    return IRIs.check(own) ? own : "http://localhost:" + http.getLocalPort() + "/";
  }
}

package org.w3id.kazaz.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.security.UserPrincipal;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.w3id.kazaz.KazazException;

/**
 * {@code POST /articles?name=FILE.txt}: an article sent to the running server (its body, UTF-8
 * text with the ` date YYYY-MM-DD` header) is added to the store as {@code kazaz add} adds one,
 * for a user of the password file (HTTP basic authentication, the file in Jetty's and Fuseki's
 * {@code user: password} form, read by Jetty's own user store); 401 without. Only there when
 * {@code serve} is given a password file. The answer is one line: 201 with what was written, 422
 * with why the article was rejected, 409 when it would make the graph inconsistent.
 */
public final class ArticlePost implements Filter {
  /** Adds one article (name and bytes) to the store; the line to answer and its status. */
  public interface Ingest {
    Answer add(String name, byte[] body);
  }

  /** What to answer: an HTTP status and one line. */
  public record Answer(int status, String line) {}

  public static final String PATH = "/articles";

  private final PropertyUserStore users;
  private final Ingest ingest;

  public ArticlePost(Path passwordFile, Ingest ingest) {
    this.ingest = ingest;
    this.users = new PropertyUserStore();
    try {
      users.setConfig(ResourceFactory.root().newResource(passwordFile));
      users.start();
    } catch (Exception e) {
      throw new KazazException("E-SERVE-PASSWORDS", passwordFile + ": not a password file: " + e.getMessage());
    }
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!(req instanceof HttpServletRequest http) || !(res instanceof HttpServletResponse out)
        || !http.getRequestURI().substring(http.getContextPath().length()).equals(PATH)) {
      chain.doFilter(req, res);
      return;
    }
    if (!http.getMethod().equals("POST")) {
      out.setHeader("Allow", "POST");
      out.sendError(405);
      return;
    }
    if (!authenticated(http.getHeader("Authorization"))) {
      out.setHeader("WWW-Authenticate", "Basic realm=\"kazaz\", charset=\"UTF-8\"");
      out.sendError(401);
      return;
    }
    String name = http.getParameter("name");
    if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      answer(out, new Answer(400, "give the article's file name as ?name=FILE.txt (no folder)"));
      return;
    }
    byte[] body = http.getInputStream().readNBytes((int) KgServer.MAX_REQUEST_BYTES + 1);
    answer(out, ingest.add(name, body));
  }

  private boolean authenticated(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String pair;
    try {
      pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = pair.indexOf(':');
    if (colon < 0) {
      return false;
    }
    UserPrincipal user = users.getUserPrincipal(pair.substring(0, colon));
    return user != null && user.authenticate(pair.substring(colon + 1));
  }

  private static void answer(HttpServletResponse out, Answer a) throws IOException {
    out.setStatus(a.status());
    out.setContentType("text/plain;charset=utf-8");
    out.getWriter().println(a.line());
  }
}

package org.w3id.kazaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kazaz load} into a separate Fuseki whose update endpoints sit behind a password. */
class LoadCommandTest {
  @TempDir Path tmp;

  @Test
  void loadsTheSeedGraphsIntoAProtectedFusekiAndTheyAnswerOverHttp() throws Exception {
    Path passwords = Files.writeString(tmp.resolve("passwd"), "editor: pa55word\n");
    Path passwordFile = Files.writeString(tmp.resolve("pw.txt"), "pa55word\n");
    FusekiServer remote =
        FusekiServer.create()
            .port(0)
            .passwordFile(passwords.toString())
            .auth(AuthScheme.BASIC)
            .serverAuthPolicy(Auth.policyAllowSpecific("editor"))
            .add("/partnership", DatasetGraphFactory.createTxnMem())
            .build()
            .start();
    try {
      String url = "http://localhost:" + remote.getHttpPort() + "/partnership";
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
          "load", "--store", tmp.resolve("tdb2").toString(), "--endpoint", url,
          "--user", "editor", "--password-file", passwordFile.toString());
      assertEquals(0, code, err.toString());
      // every graph of the store: five article graphs, the ontology, the reference data, the
      // rules, and what each rule derives from the base and from each article
      int graphs;
      try (org.w3id.kazaz.store.TdbStore s = org.w3id.kazaz.store.TdbStore.open(tmp.resolve("tdb2"))) {
        graphs = s.graphNames().size();
        assertTrue(s.graphNames().stream().filter(g -> g.startsWith("https://w3id.org/kazaz/graph/article/")).count() == 5);
      }
      assertTrue(graphs > 8, "articles, base and inferred graphs: " + graphs);
      assertTrue(out.toString().contains("loaded " + graphs + " graphs"), out.toString());

      // the Azerbaijani oil company signed two documents with KazMunayGas on 2024-03-11
      String q = """
          PREFIX kz: <https://w3id.org/kazaz/ontology#>
          SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g {
            ?d kz:party <https://w3id.org/kazaz/id/org/socar>, <https://w3id.org/kazaz/id/org/kazmunaygas> } }
          """;
      HttpClient client = HttpClient.newBuilder()
          .authenticator(new java.net.Authenticator() {
            @Override
            protected java.net.PasswordAuthentication getPasswordAuthentication() {
              return new java.net.PasswordAuthentication("editor", "pa55word".toCharArray());
            }
          }).build();
      try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(url + "/sparql").httpClient(client).query(q).build()) {
        assertEquals(2, qe.execSelect().next().getLiteral("n").getInt());
      }

      // the wrong password is one line that names the problem
      Files.writeString(passwordFile, "guess\n");
      StringWriter err2 = new StringWriter();
      int refused = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err2, true),
          "load", "--store", tmp.resolve("tdb2").toString(), "--endpoint", url,
          "--user", "editor", "--password-file", passwordFile.toString());
      assertEquals(Main.EXIT_ERROR, refused);
      assertTrue(err2.toString().startsWith("error [E-LOAD-AUTH]") && err2.toString().contains("401"), err2.toString());
      assertEquals(1, err2.toString().strip().lines().count(), err2.toString());
    } finally {
      remote.stop();
    }
  }
}

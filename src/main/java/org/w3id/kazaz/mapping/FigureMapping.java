package org.w3id.kazaz.mapping;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.figures.FigureRecord;
import org.w3id.kazaz.vocab.KZ;

/**
 * Figures as RDF, named by indicator, value, unit, date and subjects. Where several articles
 * report one figure, the most specific report ({@code canon}) describes it; the others add their
 * source and evidence.
 */
final class FigureMapping {
  private FigureMapping() {}

  static Resource add(Model m, FigureRecord r, FigureRecord canon, Entities entities, Evidence ev) {
    List<String> subjects =
        canon.subjects().stream().map(entities::iri).sorted(Comparator.naturalOrder()).toList();
    String key =
        canon.indicator().toLowerCase() + "|" + canon.value().stripTrailingZeros().toPlainString()
            + "|" + canon.unit() + "|" + canon.date() + "|" + String.join(",", subjects);
    Resource f = m.createResource(Iris.fact("figure", canon.indicator(), key)).addProperty(RDF.type, KZ.Figure);
    if (r == canon) {
      f.addProperty(RDFS.label, r.indicator() + ": " + r.value().toPlainString() + " " + r.unit())
          .addProperty(KZ.indicator, r.indicator())
          .addLiteral(KZ.value, m.createTypedLiteral(r.value()))
          .addProperty(KZ.unit, r.unit());
      if (r.date() != null) {
        f.addLiteral(KZ.date, Terms.date(r.date()));
      }
      if (r.qualifier() != null) {
        f.addProperty(KZ.qualifier, r.qualifier());
      }
      for (EntityRef s : r.subjects()) {
        f.addProperty(KZ.subject, entities.of(s));
      }
    }
    if (r.measured() != null) {
      f.addProperty(KZ.measured, r.measured(), "en");
    }
    return f.addProperty(KZ.evidence, ev.sentence(r.evidence()));
  }
}
